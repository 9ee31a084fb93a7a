package kz.otinish.search;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How text becomes searchable: folding, words, stems, number keys, highlighting. */
class SearchTextTests {

	@Test
	@DisplayName("Kazakh letters fold to their Russian look-alikes, in any case, keeping every position")
	void folding() {
		assertThat(SearchText.fold("ІҮҰӨҚҒҢӘҺ іүұөқғңәһ Ёё")).isEqualTo("иуyокгнах иууокгнах ее".replace('y', 'у'));
		assertThat(SearchText.fold("Бағасын")).isEqualTo("багасын").hasSameSizeAs("Бағасын");
	}

	@Test
	@DisplayName("A document is its distinct folded words, spaced so that LIKE '% stem%' finds a word's start")
	void document() {
		assertThat(SearchText.document(100, "Емтихан, емтихан! ЕМТИХАНЫМДЫ", "GM1-2026-12"))
			.isEqualTo(" емтихан емтиханымды gm1 2026 12 ");
		assertThat(SearchText.document(12, "бір екі үш төрт")).isEqualTo(" бир еки уш ");
	}

	@Test
	@DisplayName("Russian endings and Kazakh suffixes are cut from query words, never below four letters")
	void stems() {
		assertThat(SearchText.stem("оценка")).isEqualTo("оцен");
		// either way a prefix of the other forms: оцен- finds оценку, оценк- finds оценка
		assertThat(SearchText.stem("оценкой")).isEqualTo("оценк");
		assertThat(SearchText.stem("оценку")).isEqualTo("оценк");
		assertThat(SearchText.stem("емтиханымды")).isEqualTo("емтихан");
		assertThat(SearchText.stem("емтихан")).isEqualTo("емтихан");
		assertThat(SearchText.stem(SearchText.fold("бағасын"))).isEqualTo("бага");
		assertThat(SearchText.stem("кот")).isEqualTo("кот");
		assertThat(SearchText.stem("2026")).isEqualTo("2026");
	}

	@Test
	@DisplayName("TERM-7: a registration number's key ignores case, dashes and spaces")
	void numberKeys() {
		assertThat(SearchText.numberKey("GM1-2026-12")).isEqualTo("gm1202612");
		assertThat(SearchText.numberKey("gm1 2026 12")).isEqualTo("gm1202612");
		assertThat(SearchQuery.of("gm1-2026-12").numberKey()).isEqualTo("gm1202612");
		assertThat(SearchQuery.of("оценка").numberKey()).isNull();
		assertThat(SearchQuery.of("  ").isEmpty()).isTrue();
		assertThat(SearchQuery.of("!!! ?").isEmpty()).isTrue();
	}

	@Test
	@DisplayName("Queries become prefix tsqueries of their stems, each required, with no characters of the query syntax")
	void tsquery() {
		assertThat(SearchQuery.of("Оценка & емтиханымды | !").tsquery()).isEqualTo("оцен:* & емтихан:*");
		assertThat(SearchQuery.of("Оценка емтиханымды").anyTsquery()).isEqualTo("оцен:* | емтихан:*");
		// a word with a digit is found whole: 2 does not find 2026
		assertThat(SearchQuery.of("GM1-2026-2").tsquery()).isEqualTo("gm1 & 2026 & 2");
		assertThat(SearchQuery.wordPattern("2")).isEqualTo("% 2 %");
		assertThat(SearchQuery.of("2").matchesWord("2026")).isFalse();
		assertThat(SearchQuery.of("a b c d e f g h i j k").stems()).isEmpty();
		assertThat(SearchQuery.of("ab cd ef gh ij kl mn op qr st").stems()).hasSize(SearchQuery.MAX_WORDS);
	}

	@Test
	@DisplayName("Highlighting marks each word that starts with a stem, typed with Kazakh letters or without")
	void fragments() {
		var fragments = FullTextSearch.fragments("Емтихан бағасын қайта қарау", SearchQuery.of("багасы емтиханымды"));
		assertThat(fragments).containsExactly(new kz.otinish.appeal.SearchHit.Fragment("Емтихан", true),
				new kz.otinish.appeal.SearchHit.Fragment(" ", false),
				new kz.otinish.appeal.SearchHit.Fragment("бағасын", true),
				new kz.otinish.appeal.SearchHit.Fragment(" қайта қарау", false));
	}

	@Test
	@DisplayName("A snippet of a long text shows the first match with its context, cut on spaces")
	void excerpt() {
		String text = "слово ".repeat(50) + "забастовка " + "конец ".repeat(50);
		String excerpt = FullTextSearch.excerpt(text, SearchQuery.of("забастовки"));
		assertThat(excerpt).startsWith("…слово").contains("забастовка").endsWith("…");
		assertThat(excerpt.length()).isLessThanOrEqualTo(FullTextSearch.SNIPPET + 2);
		assertThat(FullTextSearch.excerpt("короткий текст", SearchQuery.of("текст"))).isEqualTo("короткий текст");
		assertThat(List.of(FullTextSearch.firstMatch("нет", SearchQuery.of("да")))).containsExactly(-1);
	}

	@Test
	@DisplayName("The text of PDF and DOCX files is extracted; other types and broken files give none")
	void extraction() throws Exception {
		TextExtraction extraction = new TextExtraction();
		assertThat(extraction.text(TextExtraction.PDF, SearchIntegrationTests.pdf("Анықтама: практикадан өтті")))
			.contains("Анықтама: практикадан өтті");
		assertThat(extraction.text(TextExtraction.DOCX, SearchIntegrationTests.docx("Объяснительная записка")))
			.contains("Объяснительная записка");
		assertThat(extraction.text("image/png", new byte[] { 1, 2, 3 })).isEmpty();
		assertThat(extraction.text(TextExtraction.PDF, new byte[] { 1, 2, 3 })).isEmpty();
	}

}
