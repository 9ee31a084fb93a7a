package kz.otinish.documents;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.Language;

/**
 * A stored document of an appeal: what it is, its version (1 for the first issue), the
 * language it is written in, its file name, SHA-256 (hex) and size, when and by whom it
 * was issued. The bytes are fetched with {@link Documents#download}.
 */
public record IssuedDocument(UUID id, UUID appealId, DocumentKind kind, int version, Language language, String fileName,
		String sha256, int size, Instant issuedAt, String issuedBy) {
}
