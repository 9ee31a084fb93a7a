package kz.otinish.shared;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import kz.otinish.shared.TableExport.Column;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableExportTests {

	private final TableExport table = new TableExport("overdue",
			List.of(Column.of("Тіркеу нөмірі"), new Column("Тақырып", 48), Column.of("Мерзімі"),
					Column.of("Жұмыс күні")),
			List.of(List.of("1/2026", "=HYPERLINK(\"x\")", LocalDate.of(2026, 4, 3), 5),
					List.of("2/2026", "Жатақхана; \"А\" блогы", LocalDate.of(2026, 4, 6), 0)));

	@Test
	@DisplayName("CSV: UTF-8 with a byte order mark, the headings as given (Kazakh here), text quoted, numbers bare, a leading formula neutralised")
	void csv() {
		byte[] csv = this.table.csv();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF\"Тіркеу нөмірі\";\"Тақырып\";\"Мерзімі\";\"Жұмыс күні\"\r\n")
			.contains("\"1/2026\";\"'=HYPERLINK(\"\"x\"\")\";\"03.04.2026\";5\r\n")
			.contains("\"2/2026\";\"Жатақхана; \"\"А\"\" блогы\";\"06.04.2026\";0\r\n");
	}

	@Test
	@DisplayName("XLSX: POI reads one sheet with the headings, dates as dates, numbers as numbers, the header frozen")
	void xlsx() throws Exception {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(this.table.xlsx()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheet("overdue");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Тіркеу нөмірі");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
			assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(2))).isTrue();
			assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2026, 4, 3));
			assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isZero();
			assertThat(sheet.getColumnWidth(1)).isEqualTo(48 * 256);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
		}
	}

	@Test
	@DisplayName("A row with more or fewer cells than columns is refused")
	void rowShape() {
		assertThatThrownBy(() -> new TableExport("t", List.of(Column.of("a")), List.of(List.of("x", "y"))))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
