package kz.otinish.mailbox;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import kz.otinish.appeal.AppealManagement.RefusedFile;
import kz.otinish.appeal.AttachmentSettings;
import kz.otinish.appeal.IncomingFile;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Foresees which files the appeal module's attachment policy will refuse, with the same
 * settings and the same sniffing, so that the appeal's text can name them when it is
 * stored. The appeal module's answer stays the truth: the letter's notes record what it
 * refused.
 */
@Component
class AttachmentPreview {

	private final AttachmentSettings settings;

	private final Tika tika = new Tika();

	AttachmentPreview(AttachmentSettings settings) {
		this.settings = settings;
	}

	List<RefusedFile> refused(List<IncomingFile> files) {
		List<RefusedFile> refused = new ArrayList<>();
		int accepted = 0;
		for (IncomingFile file : files) {
			String name = safeName(file.originalName());
			String reason = reason(file, name);
			if (reason == null && accepted >= this.settings.maxFiles()) {
				reason = "appeal.attachment.tooMany";
			}
			if (reason == null) {
				accepted++;
			}
			else {
				refused.add(new RefusedFile(name, reason));
			}
		}
		return refused;
	}

	private @Nullable String reason(IncomingFile file, String name) {
		byte[] content = file.content();
		if (content.length == 0) {
			return "appeal.attachment.empty";
		}
		if (content.length > this.settings.maxSize().toBytes()) {
			return "appeal.attachment.tooLarge";
		}
		String byContent = this.tika.detect(content);
		String withName = this.tika.detect(content, name);
		boolean officeInZip = withName.startsWith("application/vnd.openxmlformats")
				&& (byContent.equals("application/zip") || byContent.startsWith("application/x-tika-ooxml"));
		return this.settings.allowedTypes().contains(officeInZip ? withName : byContent) ? null
				: "appeal.attachment.typeNotAllowed";
	}

	/**
	 * The same name the appeal module will give the file: no path, no control characters.
	 */
	static String safeName(String original) {
		String name = original.replace('\\', '/');
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

}
