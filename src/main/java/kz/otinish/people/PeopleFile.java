package kz.otinish.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of an uploaded file, each with the line a person sees in a text editor or a
 * spreadsheet (the header is line 1). CSV in UTF-8 (with or without a byte-order mark) or
 * Windows-1251, separated by commas, semicolons or tabs (whichever the header uses most);
 * XLSX: the first sheet, cells as they are displayed.
 */
record PeopleFile(List<String> header, List<Line> lines) {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	/** The most an XLSX may expand to: far more than 50,000 rows of people need. */
	static final long MAX_EXPANDED = 100L * 1024 * 1024;

	/** One row below the header. */
	record Line(int number, List<String> cells) {

		boolean blank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

	}

	static PeopleFile read(byte[] content) {
		if (content.length == 0) {
			throw new PeopleFileRefused("people.file.empty");
		}
		boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3
				&& content[3] == 4;
		return zip ? xlsx(content) : csv(text(content));
	}

	private static PeopleFile xlsx(byte[] content) {
		withinExpansionLimit(content);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new PeopleFileRefused("people.file.empty");
			}
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<String> header = null;
			List<Line> lines = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
					Cell cell = row.getCell(i);
					cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
				}
				if (header == null) {
					if (cells.stream().allMatch(String::isBlank)) {
						continue;
					}
					header = cells;
				}
				else {
					lines.add(new Line(row.getRowNum() + 1, cells));
				}
			}
			if (header == null) {
				throw new PeopleFileRefused("people.file.empty");
			}
			return new PeopleFile(header, lines);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PeopleFileRefused refused) {
				throw refused;
			}
			throw new PeopleFileRefused("people.file.unreadable");
		}
	}

	/**
	 * A spreadsheet of people expands to a few megabytes; one that expands to more than
	 * {@link #MAX_EXPANDED} bytes is refused before it is parsed (a ZIP bomb).
	 */
	private static void withinExpansionLimit(byte[] content) {
		long total = 0;
		byte[] buffer = new byte[8192];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			while (zip.getNextEntry() != null) {
				int read;
				while ((read = zip.read(buffer)) > 0) {
					total += read;
					if (total > MAX_EXPANDED) {
						throw new PeopleFileRefused("people.file.tooLarge");
					}
				}
			}
		}
		catch (IOException ex) {
			throw new PeopleFileRefused("people.file.unreadable");
		}
	}

	private static PeopleFile csv(String text) {
		if (text.indexOf('\0') >= 0) {
			throw new PeopleFileRefused("people.file.unreadable");
		}
		String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
		char delimiter = delimiter(firstLine);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(true)
			.get();
		List<String> header = null;
		List<Line> lines = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			long consumed = 0;
			for (CSVRecord record : parser) {
				int number = (int) consumed + 1;
				consumed = parser.getCurrentLineNumber();
				List<String> cells = record.stream().map(cell -> cell == null ? "" : cell.strip()).toList();
				if (header == null) {
					if (!cells.stream().allMatch(String::isBlank)) {
						header = cells;
					}
					continue;
				}
				lines.add(new Line(number, cells));
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			throw new PeopleFileRefused("people.file.unreadable");
		}
		if (header == null) {
			throw new PeopleFileRefused("people.file.empty");
		}
		return new PeopleFile(header, lines);
	}

	private static char delimiter(String line) {
		char best = ',';
		long most = line.chars().filter(c -> c == ',').count();
		for (char candidate : new char[] { ';', '\t' }) {
			long count = line.chars().filter(c -> c == candidate).count();
			if (count > most) {
				best = candidate;
				most = count;
			}
		}
		return best;
	}

	/**
	 * UTF-8 if the bytes are valid UTF-8 (a byte-order mark dropped), else Windows-1251.
	 */
	private static String text(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			return new String(content, WINDOWS_1251);
		}
	}

}
