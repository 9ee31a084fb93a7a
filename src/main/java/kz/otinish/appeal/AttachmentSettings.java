package kz.otinish.appeal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on attachments.
 *
 * @param maxFiles how many files one appeal may carry
 * @param maxSize the largest file accepted
 * @param allowedTypes media types allowed, as detected from the content (never the name)
 * @param maxExpandedSize the most a DOCX or XLSX may expand to when unpacked (a ZIP bomb
 * is refused)
 */
@ConfigurationProperties("otinish.attachments")
public record AttachmentSettings(@DefaultValue("10") int maxFiles, @DefaultValue("20MB") DataSize maxSize,
		@DefaultValue( {
				"application/pdf", "image/jpeg", "image/png",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }) List<String> allowedTypes,
		@DefaultValue("100MB") DataSize maxExpandedSize){
}
