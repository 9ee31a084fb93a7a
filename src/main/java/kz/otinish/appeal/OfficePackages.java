package kz.otinish.appeal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import kz.otinish.shared.Refused;

/**
 * A DOCX or XLSX is accepted only as a real Office Open XML package: a ZIP with
 * {@code [Content_Types].xml} and the main part of its kind, that unpacks to no more than
 * the limit. The bytes are counted while unpacking, so a ZIP bomb's headers cannot lie.
 */
final class OfficePackages {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int MAX_ENTRIES = 10_000;

	private OfficePackages() {
	}

	static void check(String type, byte[] content, String name, long maxExpanded) {
		String mainPart = switch (type) {
			case DOCX -> "word/document.xml";
			case XLSX -> "xl/workbook.xml";
			default -> null;
		};
		if (mainPart == null) {
			return;
		}
		Set<String> parts = new HashSet<>();
		long expanded = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (parts.size() >= MAX_ENTRIES) {
					throw new Refused("appeal.attachment.expandsTooMuch", name);
				}
				parts.add(entry.getName());
				int read;
				while ((read = zip.read(buffer)) > 0) {
					expanded += read;
					if (expanded > maxExpanded) {
						throw new Refused("appeal.attachment.expandsTooMuch", name);
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new Refused("appeal.attachment.notOfficeDocument", name);
		}
		if (!parts.contains("[Content_Types].xml") || !parts.contains(mainPart)) {
			throw new Refused("appeal.attachment.notOfficeDocument", name);
		}
	}

}
