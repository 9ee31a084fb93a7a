package kz.otinish.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the PDF fonts and the emblem come from. The fonts are DejaVu Sans (Kazakh,
 * Russian and Latin), shipped inside a Maven artifact and embedded into every PDF; no
 * system font is used.
 */
@ConfigurationProperties("otinish.documents")
record DocumentSettings(@DefaultValue("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf") String regularFont,
		@DefaultValue("net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf") String boldFont,
		@DefaultValue("documents/emblem.png") String emblem) {
}
