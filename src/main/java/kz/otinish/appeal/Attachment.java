package kz.otinish.appeal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file that came with an appeal, stored in the database beside it (so a record never
 * exists without its file, nor a file without its record), with its SHA-256 and the type
 * sniffed from its content.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

	@Id
	private UUID id;

	@Column(name = "appeal_id", nullable = false)
	private UUID appealId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(nullable = false)
	private String sha256;

	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false)
	private byte[] content;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected Attachment() {
	}

	Attachment(UUID appealId, CheckedFile file, Instant uploadedAt) {
		this.id = UUID.randomUUID();
		this.appealId = appealId;
		this.fileName = file.fileName();
		this.contentType = file.contentType();
		this.size = file.content().length;
		this.sha256 = file.sha256();
		this.content = file.content();
		this.uploadedAt = uploadedAt;
	}

	/**
	 * Retention: the content and the name (which may name a person) are wiped; the type
	 * stays.
	 */
	void wipe(int position) {
		this.fileName = "file-" + position;
		this.content = new byte[0];
		this.size = 0;
		this.sha256 = AttachmentPolicy.sha256(this.content);
	}

	public UUID id() {
		return this.id;
	}

	public UUID appealId() {
		return this.appealId;
	}

	public String fileName() {
		return this.fileName;
	}

	public String contentType() {
		return this.contentType;
	}

	public long size() {
		return this.size;
	}

	public String sha256() {
		return this.sha256;
	}

	public byte[] content() {
		return this.content.clone();
	}

	public Instant uploadedAt() {
		return this.uploadedAt;
	}

}
