package kz.otinish.appeal;

/**
 * A file that passed {@link AttachmentPolicy}: a safe name, the sniffed type, the
 * checksum.
 */
public record CheckedFile(String fileName, String contentType, String sha256, byte[] content) {
}
