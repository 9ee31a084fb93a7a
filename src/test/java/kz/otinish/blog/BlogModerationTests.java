package kz.otinish.blog;

import java.time.Instant;

import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.shared.Language;
import kz.otinish.shared.Refused;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The post's two status tables and its history (INT-3, INT-5, TERM-5). */
class BlogModerationTests {

	static final Instant AT = Instant.parse("2026-11-25T05:00:00Z");

	static BlogPost post(String name, String address) {
		return new BlogPost(new NewPost("Мәтін", name, address, null, null, ApplicantType.STUDENT, Category.OTHER, null,
				Language.KK), PostReferences.next(), AT);
	}

	@Test
	@DisplayName("INT-5: publication is decided once; a refused post keeps its reason and must still be routed")
	void publicationTable() {
		BlogPost refused = post(null, null);
		refused.refusePublication("Жеке деректер бар", "Модератор", AT);
		assertThat(refused.status()).isEqualTo(PostStatus.REFUSED);
		assertThat(refused.refusalReason()).isEqualTo("Жеке деректер бар");
		assertThat(refused.awaitsModeration()).isTrue();
		assertThatThrownBy(() -> refused.publish("q", "a", "Модератор", AT)).isInstanceOf(Refused.class);
		assertThatThrownBy(() -> refused.refusePublication("again", "Модератор", AT)).isInstanceOf(Refused.class);

		BlogPost published = post(null, null);
		published.publish("Сұрақ", "Жауап", "Модератор", AT);
		assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(published.text()).isEqualTo("Мәтін");
		assertThatThrownBy(() -> published.refusePublication("r", "Модератор", AT)).isInstanceOf(Refused.class);
	}

	@Test
	@DisplayName("INT-3: a post is routed once, and leaves the queue when routed and its publication decided")
	void routingTable() {
		BlogPost post = post(null, null);
		post.routedToDeansOffice("GM1", java.util.UUID.randomUUID(), "Модератор", AT);
		assertThat(post.routing()).isEqualTo(Routing.DEANS_OFFICE);
		assertThatThrownBy(() -> post.sentToAnonymousTriage(null, java.util.UUID.randomUUID(), "Модератор", AT))
			.isInstanceOf(Refused.class);
		assertThat(post.awaitsModeration()).isTrue();
		post.refusePublication("Себеп", "Модератор", AT);
		assertThat(post.awaitsModeration()).isFalse();
		assertThat(post.history()).extracting(PostStep::action)
			.containsExactly(BlogPost.RECEIVE, BlogPost.ROUTE_TO_DEANS_OFFICE, BlogPost.REFUSE_PUBLICATION);
	}

	@Test
	@DisplayName("TERM-5: without a name or a postal address the post is anonymous")
	void anonymous() {
		assertThat(post(null, null).anonymous()).isTrue();
		assertThat(post("Есімов Дәулет", null).anonymous()).isTrue();
		assertThat(post("Есімов Дәулет", "Алматы, Абай даңғ. 1").anonymous()).isFalse();
	}

	@Test
	void subjectIsTheFirstWords() {
		assertThat(BlogModeration.subject("Жатақханада  ыстық су жоқ")).isEqualTo("Жатақханада ыстық су жоқ");
		assertThat(BlogModeration.subject("бір екі үш төрт бес алты жеті сегіз тоғыз он он бір"))
			.isEqualTo("бір екі үш төрт бес алты жеті сегіз тоғыз он…");
		assertThat(BlogModeration.subject("а".repeat(500))).hasSize(BlogModeration.SUBJECT_LENGTH);
	}

	@Test
	void referencesAreRandom() {
		assertThat(PostReferences.next()).matches("BLOG-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")
			.isNotEqualTo(PostReferences.next());
	}

	@Test
	void formDropsControlCharacters() {
		assertThat(PostForm.clean("  a\u0000b\u0007c\r\nd\te  ")).isEqualTo("abc\nd\te");
		assertThat(PostForm.clean("\u0000 \u0001")).isNull();
		assertThat(PostForm.line("Есімов\nДәулет")).isEqualTo("Есімов Дәулет");
	}

	@Test
	void limiterCountsPostsPerAddress() {
		var clock = java.time.Clock.fixed(AT, java.time.ZoneOffset.UTC);
		var limiter = new kz.otinish.shared.RateLimiter(
				new kz.otinish.shared.RateLimitSettings.Policy(2, java.time.Duration.ofMinutes(10), 100), clock);
		assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isFalse();
		assertThat(limiter.tryAcquire("10.0.0.2").allowed()).isTrue();
	}

}
