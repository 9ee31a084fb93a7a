package kz.otinish.registration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How registration numbers are printed (TERM-7): per journal, {@code {code}-{year}-{seq}}
 * by default.
 */
class NumberPatternTests {

	@Test
	@DisplayName("TERM-7: the default pattern prints <journal code>-<year>-<sequence>")
	void defaultPattern() {
		assertThat(NumberPattern.DEFAULT.format("KB", 2026, 17)).isEqualTo("KB-2026-17");
		assertThat(NumberPattern.DEFAULT.format("GM1", 2027, 1)).isEqualTo("GM1-2027-1");
	}

	@Test
	@DisplayName("TERM-7: a journal may pad the sequence and print a two-digit year")
	void paddedSequenceAndShortYear() {
		assertThat(new NumberPattern("{code}/{yy}/{seq:5}").format("DENT", 2026, 42)).isEqualTo("DENT/26/00042");
		assertThat(new NumberPattern("{seq:3}-{code}").format("PH", 2026, 12345)).isEqualTo("12345-PH");
		assertThat(new NumberPattern("№{seq} ({year})").format("KB", 2030, 7)).isEqualTo("№7 (2030)");
	}

	@Test
	@DisplayName("TERM-7: replacement text with $ or backslash is printed literally")
	void specialCharactersInCode() {
		assertThat(NumberPattern.DEFAULT.format("A$1\\", 2026, 3)).isEqualTo("A$1\\-2026-3");
	}

	@Test
	@DisplayName("TERM-7: a pattern without the sequence would print two numbers alike and is refused")
	void sequenceIsMandatory() {
		assertThatIllegalArgumentException().isThrownBy(() -> new NumberPattern("{code}-{year}"));
	}

	@Test
	void unknownPlaceholdersAndBadBracesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new NumberPattern("{code}-{month}-{seq}"));
		assertThatIllegalArgumentException().isThrownBy(() -> new NumberPattern("{code:3}-{seq}"));
		assertThatIllegalArgumentException().isThrownBy(() -> new NumberPattern("{code}-{seq"));
		assertThatIllegalArgumentException().isThrownBy(() -> new NumberPattern(" "));
	}

	@Test
	void sequencesStartAtOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> NumberPattern.DEFAULT.format("KB", 2026, 0));
	}

}
