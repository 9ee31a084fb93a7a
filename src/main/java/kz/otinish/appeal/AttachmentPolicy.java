package kz.otinish.appeal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;

import kz.otinish.shared.Refused;
import org.apache.tika.Tika;

import org.springframework.stereotype.Component;

/**
 * Checks files before anything is stored: count, size, a type sniffed from the bytes
 * against the allow-list, and a file name stripped of paths and control characters. Other
 * modules may ask beforehand which files it would refuse ({@link #precheck}) and which
 * name a file will get ({@link #safeName}); the check at storing stays the truth.
 */
@Component
public class AttachmentPolicy {

	private final AttachmentSettings settings;

	private final Tika tika = new Tika();

	AttachmentPolicy(AttachmentSettings settings) {
		this.settings = settings;
	}

	int maxFiles() {
		return this.settings.maxFiles();
	}

	/**
	 * The files {@link AppealManagement#receiveKeepingWhatFits} would refuse, in order,
	 * each with its safe name and the reason's message key: for channels that must name
	 * the left-out files in the appeal's text before it is stored (e-mail). Nothing is
	 * stored.
	 */
	public List<AppealManagement.RefusedFile> precheck(List<IncomingFile> files) {
		List<AppealManagement.RefusedFile> refused = new java.util.ArrayList<>();
		int accepted = 0;
		for (IncomingFile file : files) {
			String reason = reasonToRefuse(file);
			if (reason == null && accepted >= maxFiles()) {
				reason = "appeal.attachment.tooMany";
			}
			if (reason == null) {
				accepted++;
			}
			else {
				refused.add(new AppealManagement.RefusedFile(safeName(file.originalName()), reason));
			}
		}
		return refused;
	}

	private @org.jspecify.annotations.Nullable String reasonToRefuse(IncomingFile file) {
		try {
			check(file);
			return null;
		}
		catch (Refused ex) {
			return ex.messageKey();
		}
	}

	List<CheckedFile> check(List<IncomingFile> files) {
		if (files.size() > this.settings.maxFiles()) {
			throw new Refused("appeal.attachment.tooMany", this.settings.maxFiles());
		}
		return files.stream().map(this::check).toList();
	}

	CheckedFile check(IncomingFile file) {
		String name = safeName(file.originalName());
		byte[] content = file.content();
		if (content.length == 0) {
			throw new Refused("appeal.attachment.empty", name);
		}
		if (content.length > this.settings.maxSize().toBytes()) {
			throw new Refused("appeal.attachment.tooLarge", name, this.settings.maxSize().toMegabytes());
		}
		String type = detect(content, name);
		if (!this.settings.allowedTypes().contains(type)) {
			throw new Refused("appeal.attachment.typeNotAllowed", name);
		}
		OfficePackages.check(type, content, name, this.settings.maxExpandedSize().toBytes());
		return new CheckedFile(name, type, sha256(content), content);
	}

	private String detect(byte[] content, String name) {
		String byContent = this.tika.detect(content);
		String withName = this.tika.detect(content, name);
		// The bytes decide; the name may only refine a ZIP into the Office format it
		// carries.
		boolean officeInZip = withName.startsWith("application/vnd.openxmlformats")
				&& (byContent.equals("application/zip") || byContent.startsWith("application/x-tika-ooxml"));
		return officeInZip ? withName : byContent;
	}

	/**
	 * The name a file is stored under: no path, no control characters, no invisible
	 * formatting characters (bidi overrides that make {@code exe.pdf} read as
	 * {@code fdp.exe}, zero-width characters), no leading dots, at most 200 characters.
	 */
	public static String safeName(String original) {
		String name = original.replaceAll("\\p{Cf}", "").replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.isBlank()) {
			name = "file";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
