package kz.otinish.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table to download: columns with headings already in the reader's language, and rows
 * of cells that are text (labels, never codes), numbers or dates. Written as CSV (UTF-8
 * with a byte order mark, {@code ;}-separated, so that a spreadsheet opens it in Kazakh
 * and Russian) or as an XLSX workbook of one sheet (dates as dates, numbers as numbers,
 * the header row frozen).
 *
 * @param name the file's and the sheet's name, without extension
 * @param columns the columns in order
 * @param rows each row holds one cell per column: {@link String}, {@link Number},
 * {@link LocalDate} or {@code null}
 */
public record TableExport(String name, List<Column> columns, List<List<@Nullable Object>> rows) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.setQuoteMode(QuoteMode.NON_NUMERIC)
		.get();

	public TableExport {
		columns = List.copyOf(columns);
		List<List<@Nullable Object>> copied = new ArrayList<>();
		for (List<@Nullable Object> row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException(
						"A row has " + row.size() + " cells for " + columns.size() + " columns");
			}
			copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
		}
		rows = List.copyOf(copied);
	}

	/** The file as it downloads. */
	public ResponseEntity<byte[]> download(Format format) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + this.name + "." + format.extension() + "\"")
			.contentType(format.mediaType())
			.body((format == Format.CSV) ? csv() : xlsx());
	}

	/** UTF-8 with a byte order mark; text quoted, numbers and dates not. */
	public byte[] csv() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSV)) {
			writer.write('\uFEFF');
			printer.printRecord(this.columns.stream().map(Column::heading).map(TableExport::safe));
			for (List<@Nullable Object> row : this.rows) {
				printer.printRecord(row.stream().map(TableExport::csvCell));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** One sheet named after the table, a frozen header row. */
	public byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(this.name);
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
			Row header = sheet.createRow(0);
			for (int i = 0; i < this.columns.size(); i++) {
				header.createCell(i).setCellValue(this.columns.get(i).heading());
				sheet.setColumnWidth(i, this.columns.get(i).width() * 256);
			}
			int r = 1;
			for (List<@Nullable Object> row : this.rows) {
				Row line = sheet.createRow(r++);
				for (int i = 0; i < row.size(); i++) {
					Object value = row.get(i);
					Cell cell = line.createCell(i);
					if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else if (value instanceof LocalDate day) {
						cell.setCellValue(day);
						cell.setCellStyle(dateStyle);
					}
					else {
						cell.setCellValue((value != null) ? value.toString() : "");
					}
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Object csvCell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number) {
			return value;
		}
		if (value instanceof LocalDate day) {
			return DAY.format(day);
		}
		return safe(value.toString());
	}

	// a leading formula character would run in a spreadsheet
	private static String safe(String text) {
		return (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	/**
	 * A column: its heading in the reader's language and its width in characters in the
	 * workbook.
	 */
	public record Column(String heading, int width) {

		public static Column of(String heading) {
			return new Column(heading, 16);
		}

	}

	/** The two ways a table downloads. */
	public enum Format {

		CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8)),

		XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

		private final String extension;

		private final MediaType mediaType;

		Format(String extension, MediaType mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		public String extension() {
			return this.extension;
		}

		public MediaType mediaType() {
			return this.mediaType;
		}

	}

}
