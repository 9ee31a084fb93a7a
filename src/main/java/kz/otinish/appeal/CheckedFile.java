package kz.otinish.appeal;

/**
 * A file that passed {@link AttachmentPolicy}: a safe name, the sniffed type, the
 * checksum.
 */
record CheckedFile(String fileName, String contentType, String sha256, byte[] content) {
}
