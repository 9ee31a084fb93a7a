package kz.otinish.documents;

import org.jspecify.annotations.Nullable;

/**
 * A PDF to send: its file name, bytes and, for an issued document, its stored SHA-256.
 */
public record Pdf(String fileName, byte[] content, @Nullable String sha256) {
}
