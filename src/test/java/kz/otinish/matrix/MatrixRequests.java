package kz.otinish.matrix;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import kz.otinish.BadInputs;
import kz.otinish.matrix.AuthorizationMatrix.Row;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * How the matrix asks: a page with {@code Accept: text/html} and, for a form, the CSRF
 * token; the API with JSON. A state-changing request carries the body below (the smallest
 * one that passes the endpoint's own input checks where that is needed to tell
 * authorization apart, else none; a form's fields are the row's query string); the test
 * rolls every request back. Variant {@code multipart} sends a PDF as {@code file}. Each
 * request comes from its own address, so that the per-address rate limits of the public
 * endpoints never answer instead.
 */
final class MatrixRequests {

	private static final String APPEAL = """
			{"consent":true,"kind":"APPLICATION","applicantType":"STUDENT","addressee":"DEAN","schoolCode":"GM1",
			 "category":"HOUSING","subject":"Жатақхана","text":"Жатақханадан орын беруіңізді сұраймын.",
			 "language":"KK","fullName":"Нұрланова Айгерім Серікқызы","levelOfStudy":"BACHELOR",
			 "speciality":"Жалпы медицина","yearOfStudy":1,"studyLanguage":"KAZAKH","funding":"GRANT",
			 "studyForm":"FULL_TIME","address":"Алматы, Сәтбаев к-сі 5","phone":"+7 705 111 22 33",
			 "email":"matrix@example.kz"}""";

	private static final String PAPER = """
			{"appeal":%s,"documentType":"ID_CARD","documentNumber":"043512345678",
			 "receivedAt":"2026-01-05T09:40:00+05:00"}""".formatted(APPEAL);

	/**
	 * JSON bodies by {@code METHOD /normalized/{}} path (with the variant for the
	 * multipart rows' {@code appeal} part); {@code {name}} is the world's value.
	 */
	private static final Map<String, String> JSON = Map.ofEntries(Map.entry("POST /api/v1/appeals", APPEAL),
			Map.entry("POST /api/v1/tokens", """
					{"name":"Matrix","days":7}"""), Map.entry("POST /api/v1/appeals multipart", APPEAL),
			Map.entry("POST /api/v1/appeals/{}/return", """
					{"explanation":"Мазмұны түсініксіз"}"""), Map.entry("POST /api/v1/appeals/{}/not-considered", """
					{"reason":"Аты-жөні жоқ"}"""), Map.entry("POST /api/v1/appeals/{}/forwarding", """
					{"stateBody":"Білім министрлігі","sentAt":"2026-01-05T10:00:00","outgoingNumber":"1",
					 "coveringLetter":"Құзыреті бойынша жолданады"}"""),
			Map.entry("POST /api/v1/appeals/{}/repeated", """
					{"earlierId":"{appeal}","ground":"DECISION_CONTESTED"}"""),
			Map.entry("POST /api/v1/desk/paper", PAPER), Map.entry("POST /api/v1/desk/paper multipart", PAPER),
			Map.entry("POST /api/v1/appeals/{}/routing", """
					{"bodyCode":"GM1-EPC","executorAccount":"member"}"""),
			Map.entry("POST /api/v1/appeals/{}/reassignment", """
					{"bodyCode":"GM1-EPC","executorAccount":"member","reason":"Басқа орындаушы"}"""),
			Map.entry("POST /api/v1/appeals/{}/subjects", """
					{"fullName":"Ибраев Айдос Темірұлы"}"""), Map.entry("POST /api/v1/appeals/{}/termination", """
					{"materialsReference":"GM1-1","answerReference":"GM1-1"}"""),
			Map.entry("POST /api/v1/appeals/{}/commission", """
					{"orderNumber":"1","orderDate":"2026-01-05","members":[]}"""),
			Map.entry("POST /api/v1/appeals/{}/requests", """
					{"unitName":"Тіркеу кеңсесі","text":"Көшірме","dueOn":"2027-06-01"}"""),
			Map.entry("POST /api/v1/appeals/{}/arguments", """
					{"argument":"Дәлел"}"""), Map.entry("POST /api/v1/arguments/{}/finding", """
					{"finding":"CONFIRMED","grounds":"Негіз"}"""), Map.entry("POST /api/v1/review-actions/{}/done", """
					{"note":"Орындалды"}"""), Map.entry("POST /api/v1/meetings", """
					{"forumKey":"GM1-EPC","date":"2027-06-01","agenda":["{other}"]}"""),
			Map.entry("POST /api/v1/meetings/{}/attendance", """
					{"present":[]}"""), Map.entry("POST /api/v1/meetings/{}/minutes", """
					{"minutes":"Хаттама"}"""), Map.entry("POST /api/v1/meetings/{}/decisions/{}", """
					{"outcome":"SATISFIED","reasons":"Негіз"}"""), Map.entry("PUT /api/v1/meetings/{}/agenda", """
					{"agenda":[]}"""), Map.entry("POST /api/v1/meetings/{}/cancellation", """
					{"reason":"Кворум жоқ"}"""), Map.entry("POST /api/v1/appeals/{}/answer/drafts", """
					{"text":"Жауап"}"""), Map.entry("POST /api/v1/appeals/{}/answer/return", """
					{"reason":"Қайта жазу"}"""), Map.entry("POST /api/v1/appeals/{}/answer/delivery", """
					{"method":"IN_PERSON","deliveredOn":"2026-01-05","handedOverBy":"Деканат","signedBy":"Айгерім"}"""),
			Map.entry("POST /api/v1/appeals/{}/answer/verdict", """
					{"verdict":"AGREE"}"""), Map.entry("POST /api/v1/appeals/{}/extensions", """
					{"until":"2027-06-01","reason":"Тексеру ұзаққа созылды"}"""), Map.entry("POST /api/v1/tracking", """
					{"number":"{appealNumber}","code":"{appealCode}"}"""), Map.entry("POST /api/v1/blog/posts", """
					{"text":"Кітапханада орын жетпейді.","category":"RESOURCES_AND_CONDITIONS","schoolCode":"GM1"}"""),
			Map.entry("PUT /api/v1/mailbox/letters/{}/applicant", """
					{"username":"student"}"""), Map.entry("POST /api/v1/blog/moderation/{}/publish", """
					{"question":"Сұрақ","answer":"Жауап"}"""), Map.entry("POST /api/v1/blog/moderation/{}/refuse", """
					{"reason":"Спам"}"""), Map.entry("POST /api/v1/blog/moderation/{}/route", """
					{"schoolCode":"GM1"}"""), Map.entry("PUT /api/v1/admin/calendar/days/{}", """
					{"kind":"HOLIDAY","nameKk":"Мереке","nameRu":"Праздник","nameEn":"Holiday"}"""));

	private MatrixRequests() {
	}

	static AbstractMockHttpServletRequestBuilder<?> of(HttpMethod method, String uri, Row row, MatrixWorld world,
			int n) {
		boolean api = uri.startsWith("/api/");
		boolean writes = method != HttpMethod.GET;
		AbstractMockHttpServletRequestBuilder<?> request;
		if (row.variant().equals("multipart")) {
			MockMultipartHttpServletRequestBuilder multipart = multipart(method, uri);
			String part = JSON.get(row.key() + " multipart");
			if (part == null) {
				multipart.file(new MockMultipartFile("file", "анықтама.pdf", "application/pdf", BadInputs.PDF));
			}
			else {
				multipart.file(new MockMultipartFile("appeal", "", MediaType.APPLICATION_JSON_VALUE,
						AuthorizationMatrix.resolve(part, world).getBytes(StandardCharsets.UTF_8)));
				multipart.file(new MockMultipartFile("files", "анықтама.pdf", "application/pdf", BadInputs.PDF));
			}
			request = multipart;
		}
		else {
			request = request(method, uri);
			if (api && writes) {
				request.contentType(MediaType.APPLICATION_JSON)
					.content(AuthorizationMatrix.resolve(JSON.getOrDefault(row.key(), "{}"), world));
			}
		}
		// as a browser and an API client ask: their type first, files (PDF, CSV, .eml)
		// too
		request.header(HttpHeaders.ACCEPT, api ? "application/json, */*;q=0.5" : "text/html, */*;q=0.5");
		if (writes) {
			request.with(csrf());
		}
		request.with(servlet -> {
			servlet.setRemoteAddr("10.77." + (n / 250 % 250) + "." + (n % 250 + 1));
			return servlet;
		});
		return request;
	}

}
