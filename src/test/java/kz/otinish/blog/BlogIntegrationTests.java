package kz.otinish.blog;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import kz.otinish.registration.Journals;
import kz.otinish.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Rector's blog end to end: posting, moderation, routing into the journals (INT-3,
 * INT-4, INT-5, TERM-5).
 */
@OtinishIntegrationTest
class BlogIntegrationTests {

	/**
	 * Each post comes from its own address, so that the per-address limiter never
	 * interferes.
	 */
	static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	BlogModeration blog;

	@Autowired
	BlogPosts posts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Journals journals;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-blog-moderator", "secret", "Блог модераторы", Role.MODERATOR, null, null, null);
		this.accounts.ensureAccount("it-blog-student", "secret", "Сейтқали Ерасыл Нұрланұлы", Role.STUDENT, "GM1",
				"erasyl@example.kz", null);
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static RequestPostProcessor freshAddress() {
		return from("10.60." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1));
	}

	RequestPostProcessor as(String username) {
		return user(this.accounts.loadUserByUsername(username));
	}

	String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * Posts the public form and returns the stored post, found by the reference the
	 * confirmation shows.
	 */
	BlogPost write(MockHttpServletRequestBuilder form) throws Exception {
		var result = this.mvc.perform(form.with(csrf()).with(freshAddress())).andExpect(status().isFound()).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/blog/sent");
		String reference = (String) result.getFlashMap().get("reference");
		assertThat(reference).matches("BLOG-[0-9A-Z-]{19}");
		return this.posts.findByReference(reference).orElseThrow();
	}

	BlogPost writeDirectly(String text) {
		return this.blog
			.write(new NewPost(text, null, null, null, null, ApplicantType.STUDENT, Category.OTHER, null, Language.KK));
	}

	void moderate(String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(csrf()).with(as("it-blog-moderator"));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		this.mvc.perform(request).andExpect(status().isFound());
	}

	@Test
	@DisplayName("TERM-5, INT-4, INT-3: a public post without a name, sent to triage, becomes an anonymous appeal registered at once")
	void postWithoutNameBecomesAnonymousInTriage() throws Exception {
		String sent = page(get("/blog/sent").flashAttr("reference", "BLOG-TEST").flashAttr("anonymous", true));
		assertThat(sent).contains("BLOG-TEST").contains("анонимді болып саналады");

		BlogPost post = write(
				post("/blog").param("text", "Жатақханада үш апта бойы ыстық су жоқ.").param("category", "HOUSING"));
		assertThat(post.anonymous()).isTrue();
		assertThat(post.accountId()).isNull();

		moderate("/blog/moderation/" + post.id() + "/triage");

		BlogPost routed = this.posts.findById(post.id()).orElseThrow();
		assertThat(routed.routing()).isEqualTo(Routing.ANONYMOUS_TRIAGE);
		Appeal appeal = this.appeals.find(routed.appealId()).orElseThrow();
		assertThat(appeal.anonymous()).isTrue();
		assertThat(appeal.applicant().fullName()).isNull();
		assertThat(appeal.applicant().address()).isNull();
		assertThat(appeal.applicantUserId()).isNull();
		assertThat(appeal.channel()).isEqualTo(Channel.RECTOR_BLOG);
		assertThat(appeal.status()).isEqualTo(AppealStatus.REGISTERED);
		assertThat(appeal.registration().orElseThrow().registeredBy()).isEqualTo("Блог модераторы");
		assertThat(appeal.text()).isEqualTo("Жатақханада үш апта бойы ыстық су жоқ.");
		assertThat(this.audit.of(post.id())).extracting(AuditEntry::action)
			.containsExactly("RECEIVE", "SEND_TO_ANONYMOUS_TRIAGE");
		assertThat(this.audit.of(post.id()))
			.allSatisfy(entry -> assertThat(entry.subjectType()).isEqualTo("BLOG_POST"));
	}

	@Test
	@DisplayName("TERM-5: a signed-in author's post with name and postal address is linked to the account, but in anonymous triage the appeal names nobody")
	void signedInPostPrefilledAndLinked() throws Exception {
		String form = page(get("/blog").with(as("it-blog-student")));
		assertThat(form).contains("value=\"Сейтқали Ерасыл Нұрланұлы\"").contains("value=\"erasyl@example.kz\"");
		BlogPost post = write(post("/blog").with(as("it-blog-student"))
			.param("text", "Кітапханадағы оқулықтар жетпейді.")
			.param("fullName", "Сейтқали Ерасыл Нұрланұлы")
			.param("address", "Алматы, Төле би көшесі 94")
			.param("contact", "erasyl@example.kz")
			.param("category", "RESOURCES_AND_CONDITIONS"));
		assertThat(post.accountId()).isEqualTo(this.accounts.byUsername("it-blog-student").orElseThrow().id());
		assertThat(post.authorContact()).isEqualTo("erasyl@example.kz");

		moderate("/blog/moderation/" + post.id() + "/triage");
		Appeal appeal = this.appeals.find(this.posts.findById(post.id()).orElseThrow().appealId()).orElseThrow();
		assertThat(appeal.anonymous()).isTrue();
		assertThat(appeal.applicantUserId()).isNull();
		assertThat(appeal.applicant().email()).isNull();
	}

	@Test
	@DisplayName("INT-3: a post naming an employee is suggested to that employee's school and, routed, becomes a REGISTERED RECTOR_BLOG appeal in that school's journal")
	void postNamingEmployeeGoesToTheirDeansOffice() throws Exception {
		BlogPost post = write(
				post("/blog").param("text", "Прошу разобраться: Волков А.А. третью неделю отменяет консультации.")
					.param("fullName", "Есімов Дәулет Маратұлы")
					.param("address", "Алматы, Абай даңғылы 10, 5-пәтер")
					.param("contact", "daulet@example.kz")
					.param("category", "TEACHING_QUALITY"));
		assertThat(post.anonymous()).isFalse();
		assertThat(this.blog.suggestions(post)).extracting(RoutingSuggestion::employee, RoutingSuggestion::schoolCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Волков Андрей Андреевич", "DENT"));

		String moderation = page(
				get("/blog/moderation/" + post.id()).param("lang", "ru").with(as("it-blog-moderator")));
		assertThat(moderation).contains("Волков Андрей Андреевич — Школа стоматологии")
			.contains("<option value=\"DENT\" selected=\"selected\">");

		moderate("/blog/moderation/" + post.id() + "/route", "schoolCode", "DENT");

		BlogPost routed = this.posts.findById(post.id()).orElseThrow();
		assertThat(routed.routing()).isEqualTo(Routing.DEANS_OFFICE);
		assertThat(routed.routedSchool()).isEqualTo("DENT");
		Appeal appeal = this.appeals.find(routed.appealId()).orElseThrow();
		assertThat(appeal.status()).isEqualTo(AppealStatus.REGISTERED);
		assertThat(appeal.channel()).isEqualTo(Channel.RECTOR_BLOG);
		assertThat(appeal.schoolCode()).isEqualTo("DENT");
		assertThat(appeal.addressee()).isEqualTo(Addressee.DEAN);
		assertThat(appeal.anonymous()).isFalse();
		assertThat(appeal.applicant().fullName()).isEqualTo("Есімов Дәулет Маратұлы");
		assertThat(appeal.applicant().email()).isEqualTo("daulet@example.kz");
		assertThat(appeal.subject()).startsWith("Прошу разобраться: Волков А.А.");
		assertThat(appeal.registration().orElseThrow().journalCode()).isEqualTo(this.journals.journalFor("DENT"));
		assertThat(appeal.receivedAt()).isEqualTo(post.writtenAt());
		assertThat(this.audit.of(post.id())).extracting(AuditEntry::action)
			.containsExactly("RECEIVE", "ROUTE_TO_DEANS_OFFICE");

		// routed once only: a second attempt is refused, no second appeal
		this.mvc.perform(post("/blog/moderation/" + post.id() + "/triage").with(csrf()).with(as("it-blog-moderator")))
			.andExpect(status().isConflict());
	}

	@Test
	@DisplayName("INT-5: a refused post stays listed with its reason, still has to be routed, and nothing deletes it")
	void refusedPostStaysWithItsReason() throws Exception {
		String marker = "refused-" + UUID.randomUUID();
		BlogPost post = writeDirectly("Бұл хатта жеке деректер көп " + marker);
		moderate("/blog/moderation/" + post.id() + "/refuse", "reason", "Жеке деректер бар " + marker);

		String queue = page(get("/blog/moderation").with(as("it-blog-moderator")));
		assertThat(queue).contains(post.reference()).contains("Себебі: Жеке деректер бар " + marker);
		assertThat(this.blog.awaitingModeration()).extracting(BlogPost::id).contains(post.id());

		moderate("/blog/moderation/" + post.id() + "/triage");
		assertThat(this.blog.awaitingModeration()).extracting(BlogPost::id).doesNotContain(post.id());
		assertThat(page(get("/blog/moderation").with(as("it-blog-moderator")))).contains(post.reference())
			.contains("Жеке деректер бар " + marker);

		this.mvc.perform(delete("/blog/moderation/" + post.id()).with(csrf()).with(as("it-blog-moderator")))
			.andExpect(status().is4xxClientError());
		BlogPost kept = this.posts.findById(post.id()).orElseThrow();
		assertThat(kept.status()).isEqualTo(PostStatus.REFUSED);
		assertThat(kept.refusalReason()).isEqualTo("Жеке деректер бар " + marker);
		assertThat(kept.history()).extracting(PostStep::action)
			.containsExactly("RECEIVE", "REFUSE_PUBLICATION", "SEND_TO_ANONYMOUS_TRIAGE");
	}

	@Test
	@DisplayName("INT-3: the public page shows published answers (the anonymised question), never the original, unpublished or refused posts")
	void publicPageShowsOnlyPublishedAnswers() throws Exception {
		String marker = UUID.randomUUID().toString();
		BlogPost published = writeDirectly("Мен Есімов Дәулетпін, стипендия кешігіп жатыр " + marker);
		BlogPost refused = writeDirectly("Жарияланбайтын хат refused-" + marker);
		BlogPost waiting = writeDirectly("Күтіп тұрған хат waiting-" + marker);
		moderate("/blog/moderation/" + published.id() + "/publish", "question", "Стипендия кешігіп жатыр " + marker,
				"answer", "Стипендия 25-күнге дейін төленеді " + marker);
		moderate("/blog/moderation/" + refused.id() + "/refuse", "reason", "Қорлау сөздер");

		String page = page(get("/blog"));
		assertThat(page).contains("Стипендия кешігіп жатыр " + marker)
			.contains("Стипендия 25-күнге дейін төленеді " + marker)
			.doesNotContain("Есімов Дәулетпін")
			.doesNotContain("refused-" + marker)
			.doesNotContain("waiting-" + marker);
		assertThat(page.indexOf("Стипендия кешігіп жатыр " + marker)).as("newest first")
			.isLessThan(page.indexOf("</section>"));
		assertThat(this.posts.findById(published.id()).orElseThrow().text()).as("the original never changes")
			.isEqualTo("Мен Есімов Дәулетпін, стипендия кешігіп жатыр " + marker);
		assertThat(this.blog.published().get(0).id()).isEqualTo(published.id());
		assertThat(waiting.status()).isEqualTo(PostStatus.AWAITING_MODERATION);
	}

	@Test
	@DisplayName("INT-3: the moderator is warned before publishing a question that still names staff, and publishes it only on purpose")
	void moderatorIsWarnedBeforePublishingANameOfStaff() throws Exception {
		String marker = UUID.randomUUID().toString();
		BlogPost post = writeDirectly("Волков Андрей консультацияларды үшінші апта қатарынан болдырмайды " + marker);
		String question = "Волкову Андрею передайте: консультации отменяются третью неделю " + marker;

		String warned = page(post("/blog/moderation/" + post.id() + "/publish").param("lang", "ru")
			.param("question", question)
			.param("answer", "Деканат проверил расписание " + marker)
			.with(csrf())
			.with(as("it-blog-moderator")));
		assertThat(warned).contains("В вопросе назван сотрудник: Волкову Андрею")
			.contains("href=\"#question\"")
			.contains("name=\"keepNames\"");
		assertThat(this.posts.findById(post.id()).orElseThrow().status()).as("nothing published")
			.isEqualTo(PostStatus.AWAITING_MODERATION);

		moderate("/blog/moderation/" + post.id() + "/publish", "question", question, "answer",
				"Деканат проверил расписание " + marker, "keepNames", "true");
		BlogPost published = this.posts.findById(post.id()).orElseThrow();
		assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(published.publicQuestion()).isEqualTo(question);
	}

	@Test
	@DisplayName("INT-3: only moderators reach the queue; others get 403, anonymous visitors are sent to sign in")
	void nonModeratorsGet403() throws Exception {
		BlogPost post = writeDirectly("Тексеру хаты");
		this.mvc.perform(get("/blog/moderation").with(as("it-blog-student"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/blog/moderation/" + post.id()).with(as("it-blog-student")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/blog/moderation/" + post.id() + "/triage").with(csrf()).with(as("it-blog-student")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/blog/moderation")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/blog/moderation").with(as("registrar"))).andExpect(status().isForbidden());
		assertThat(this.posts.findById(post.id()).orElseThrow().routing()).isEqualTo(Routing.NOT_ROUTED);
		this.mvc.perform(get("/blog/moderation").with(as("it-blog-moderator"))).andExpect(status().isOk());
		// the public form needs its CSRF token
		this.mvc.perform(post("/blog").param("text", "CSRF жоқ").with(freshAddress()))
			.andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("INT-5: bad input is stored safely or answered with a localized error, never a 500")
	void badInput() throws Exception {
		String empty = this.mvc.perform(post("/blog").param("text", "   ").with(csrf()).with(freshAddress()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(empty).contains("Хат мәтінін жазыңыз");

		String huge = this.mvc
			.perform(post("/blog?lang=ru").param("text", "a".repeat(1024 * 1024)).with(csrf()).with(freshAddress()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(huge).contains("Текст письма должен быть не длиннее");

		String badFields = this.mvc
			.perform(post("/blog?lang=en").param("text", "ok")
				.param("fullName", "Я".repeat(400))
				.param("schoolCode", "NO-SUCH")
				.param("category", "NOT_A_CATEGORY")
				.with(csrf())
				.with(freshAddress()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(badFields).contains("This field must be at most 300 characters")
			.contains("Choose a school from the list")
			.contains("Choose a topic from the list");

		BlogPost control = write(post("/blog").param("text", "Сәлем\u0000\u0007 әлем\r\nекінші жол"));
		assertThat(control.text()).isEqualTo("Сәлем әлем\nекінші жол");

		String script = "<script>alert('xss')</script> " + UUID.randomUUID();
		BlogPost scripted = write(post("/blog").param("text", script).param("fullName", "<b>Аты</b>"));
		assertThat(scripted.text()).isEqualTo(script);
		String moderation = page(get("/blog/moderation/" + scripted.id()).with(as("it-blog-moderator")));
		assertThat(moderation).doesNotContain("<script>alert").contains("&lt;script&gt;alert").doesNotContain("<b>Аты");

		String sql = "'; drop table blog_post; -- \" or 1=1 " + UUID.randomUUID();
		BlogPost injected = write(post("/blog").param("text", sql).param("contact", "' or ''='"));
		assertThat(this.posts.findById(injected.id()).orElseThrow().text()).isEqualTo(sql);
		assertThat(this.jdbc.sql("select count(*) from blog_post").query(Long.class).single()).isPositive();

		moderate("/blog/moderation/" + scripted.id() + "/publish", "question", script, "answer",
				"<img src=x onerror=alert(1)>");
		assertThat(page(get("/blog"))).doesNotContain("<script>alert").doesNotContain("<img src=x");
	}

	@Test
	@DisplayName("INT-3: publishing without an answer names what is missing; the post stays awaiting moderation")
	void publishNeedsAnAnswer() throws Exception {
		BlogPost post = writeDirectly("Жауапсыз жарияланбайды");
		String page = this.mvc
			.perform(post("/blog/moderation/" + post.id() + "/publish?lang=ru").param("question", "Вопрос")
				.param("answer", " ")
				.with(csrf())
				.with(as("it-blog-moderator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Напишите ответ");
		assertThat(this.posts.findById(post.id()).orElseThrow().status()).isEqualTo(PostStatus.AWAITING_MODERATION);
	}

}
