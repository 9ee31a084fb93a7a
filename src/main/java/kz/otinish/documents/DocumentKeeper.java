package kz.otinish.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.appeal.Appeal;
import kz.otinish.shared.Language;
import kz.otinish.shared.Refused;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The storage side of issuing: the JSON snapshot of a document's data, the comparison
 * with the latest issue, rendering, the SHA-256 and the {@link DocumentIssued} event.
 * {@link Documents} decides what may be issued and for whom.
 */
@Component
class DocumentKeeper {

	private final DocumentData data;

	private final PdfRenderer renderer;

	private final DocumentStore store;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DocumentKeeper(DocumentData data, PdfRenderer renderer, DocumentStore store, JsonMapper json,
			ApplicationEventPublisher events, Clock clock) {
		this.data = data;
		this.renderer = renderer;
		this.store = store;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	Map<String, Object> suppliedSnapshot(DocumentKind kind, Language language, Record letter,
			@org.jspecify.annotations.Nullable Appeal appeal) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("document", kind.name());
		snapshot.put("language", language.name());
		snapshot.put("university", this.data.university(language.locale()));
		if (appeal != null) {
			snapshot.put("head", this.data.head(appeal, language.locale()));
		}
		snapshot.put("letter", SuppliedData.of(letter));
		return snapshot;
	}

	byte[] render(DocumentKind kind, Language language, Map<String, Object> snapshot) {
		return this.renderer.render(kind.template(), language.locale(), Map.of("d", snapshot));
	}

	/**
	 * Stores a newly rendered document unless the latest issue holds the same data. On a
	 * final appeal nothing changes: a document made from the appeal is served as stored,
	 * a supplied one with new or changed data is refused.
	 */
	IssuedDocument keep(Appeal appeal, DocumentKind kind, Language language, Map<String, Object> snapshot,
			java.util.function.Supplier<byte[]> render, String issuedBy) {
		return keep(appeal, kind, language, snapshot, render, issuedBy, null);
	}

	/** {@link #keep} for a meeting's protocol, stored with the meeting it records. */
	IssuedDocument keep(Appeal appeal, DocumentKind kind, Language language, Map<String, Object> snapshot,
			java.util.function.Supplier<byte[]> render, String issuedBy,
			@org.jspecify.annotations.Nullable UUID meetingId) {
		Optional<IssuedDocument> latest = this.store.latest(appeal.id(), kind);
		String snapshotJson = this.json.writeValueAsString(snapshot);
		if (latest.isPresent() && snapshotJson.equals(this.store.snapshot(latest.get().id()))) {
			return latest.get();
		}
		if (appeal.status().isFinal()) {
			if (kind.supplied()) {
				throw new Refused("documents.refused.final",
						appeal.registration().map(registration -> registration.number()).orElse(appeal.trackingCode()));
			}
			if (latest.isPresent()) {
				return latest.get();
			}
		}
		byte[] pdf = render.get();
		int version = latest.map(IssuedDocument::version).orElse(0) + 1;
		IssuedDocument issued = new IssuedDocument(UUID.randomUUID(), appeal.id(), kind, version, language,
				fileName(kind.slug(), appeal, version), sha256(pdf), pdf.length, this.clock.instant(), issuedBy);
		this.store.insert(issued, pdf, snapshotJson, meetingId);
		this.events.publishEvent(new DocumentIssued(appeal.id(), kind, version, issued.sha256(), appeal.status().name(),
				issued.issuedAt()));
		return issued;
	}

	Map<String, Object> snapshot(Appeal appeal, DocumentKind kind) {
		Map<String, Object> snapshot = this.data.of(appeal, appeal.language().locale());
		// a document shows only what concerns it, so an unrelated change does not issue
		// it again
		snapshot.remove("status");
		if (kind != DocumentKind.RETURN_LETTER) {
			snapshot.remove("statusNote");
			snapshot.remove("statusChangedOn");
		}
		if (kind != DocumentKind.STATE_BODY_LETTER) {
			snapshot.remove("forwarding");
		}
		snapshot.put("document", kind.name());
		return snapshot;
	}

	static String fileName(String what, Appeal appeal, int version) {
		String number = appeal.registration().map(registration -> registration.number()).orElse(appeal.trackingCode());
		String safe = number.replaceAll("[^\\p{L}\\p{N}-]", "_");
		return what + "-" + safe + ((version > 1) ? "-v" + version : "") + ".pdf";
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The JSON form of a snapshot, as stored. */
	String json(Map<String, Object> snapshot) {
		return this.json.writeValueAsString(snapshot);
	}

}
