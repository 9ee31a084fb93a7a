package kz.otinish.appeal.web;

import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.TestSteps;

import java.time.Instant;
import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.RepeatGround;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dean's intake decisions over the API: the same rules as the appeal page. */
@OtinishIntegrationTest
class TriageApiIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-api-dean-gm1", "secret", "Декан GM1", Role.DEAN, "GM1", null, null);
		this.accounts.ensureAccount("it-api-dean-dent", "secret", "Декан DENT", Role.DEAN, "DENT", null, null);
	}

	MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request, String json) {
		return request.with(user(this.accounts.loadUserByUsername(username)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	Appeal anonymousLetter() {
		Appeal received = this.appeals.receive(AppealFixtures.anonymousLetter("GM1"));
		return this.appeals.performAt(received.id(), new AppealCommand.Register(), TestSteps.registrar("Кеңсе"),
				Instant.now());
	}

	@Test
	@DisplayName("DL-3 over the API: an empty explanation is a localized 400 problem, then the return is recorded; a second return is a 409")
	void returnWithoutConsideration() throws Exception {
		Appeal appeal = this.appeals.fileOnline(AppealFixtures.studentApplication(null, "GM1"), List.of());
		this.mvc
			.perform(as("it-api-dean-gm1", post("/api/v1/appeals/{id}/return", appeal.id()), "{\"explanation\":\" \"}")
				.header("Accept-Language", "ru"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(as("it-api-dean-gm1", post("/api/v1/appeals/{id}/return", appeal.id()),
					"{\"explanation\":\"Мәселенің мәні жазылмаған.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED_WITHOUT_CONSIDERATION"));
		this.mvc
			.perform(as("it-api-dean-gm1", post("/api/v1/appeals/{id}/return", appeal.id()),
					"{\"explanation\":\"Тағы да\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	@DisplayName("INT-4 over the API: not considered with a reason; another school's dean gets 404 and nothing changes")
	void notConsidered() throws Exception {
		Appeal appeal = anonymousLetter();
		this.mvc
			.perform(as("it-api-dean-dent", post("/api/v1/appeals/{id}/not-considered", appeal.id()),
					"{\"reason\":\"Авторы белгісіз\"}"))
			.andExpect(status().isNotFound());
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.REGISTERED);
		this.mvc
			.perform(as("it-api-dean-gm1", post("/api/v1/appeals/{id}/not-considered", appeal.id()),
					"{\"reason\":\"Авторы белгісіз\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NOT_CONSIDERED"));
	}

	@Test
	@DisplayName("INT-4 over the API: forwarded to a state body with the body, time, outgoing number and covering letter")
	void forwarded() throws Exception {
		Appeal appeal = anonymousLetter();
		this.mvc
			.perform(as("it-api-dean-gm1", post("/api/v1/appeals/{id}/forwarding", appeal.id()),
					"""
							{"stateBody":"Алматы қаласының ПД","sentAt":"%s",
							 "outgoingNumber":"01-15/343","coveringLetter":"Құзыретіңіз бойынша жолдаймыз."}"""
						.formatted(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FORWARDED_TO_STATE_BODY"));
		assertThat(this.appeals.find(appeal.id()).orElseThrow().forwarding())
			.hasValueSatisfying(forwarding -> assertThat(forwarding.outgoingNumber()).isEqualTo("01-15/343"));
	}

	@Test
	@DisplayName("TERM-6 over the API: marking an appeal as repeated records the ground and links the earlier file")
	void repeated() throws Exception {
		Appeal earlier = this.appeals.fileOnline(AppealFixtures.studentApplication(null, "GM1"), List.of());
		Appeal later = this.appeals.fileOnline(AppealFixtures.studentApplication(null, "GM1"), List.of());
		this.mvc
			.perform(as("it-api-dean-gm1", post("/api/v1/appeals/{id}/repeated", later.id()),
					"{\"earlierId\":\"" + earlier.id() + "\",\"ground\":\"DECISION_CONTESTED\"}"))
			.andExpect(status().isOk());
		Appeal marked = this.appeals.find(later.id()).orElseThrow();
		assertThat(marked.earlierAppealId()).isEqualTo(earlier.id());
		assertThat(marked.repeatGround()).contains(RepeatGround.DECISION_CONTESTED);
	}

	@Test
	@DisplayName("INT-4 over the API: the forwarding time's offset is honoured (+05:00, +06:00, Z), a bare time is Almaty time; an unreadable time, one before receipt or in the future is a 400 naming sentAt")
	void forwardingTimeIsUnderstood() throws Exception {
		java.time.ZoneId almaty = java.time.ZoneId.of("Asia/Almaty");
		Instant tenFifteenInAlmaty = Instant.parse("2026-12-03T05:15:00Z");
		for (String written : List.of("2026-12-03T10:15:00+05:00", "2026-12-03T05:15:00Z", "2026-12-03T11:15+06:00",
				"2026-12-03T10:15", "2026-12-03T10:15:00", "2026-12-03T10:15:00+05:00[Asia/Almaty]")) {
			assertThat(TriageApi.ForwardRequest.instant(written, almaty)).as(written).isEqualTo(tenFifteenInAlmaty);
		}
		Appeal appeal = anonymousLetter();
		Instant received = appeal.receivedAt();
		java.time.ZonedDateTime receivedInAlmaty = received.atZone(java.time.ZoneId.of("Asia/Almaty"));
		for (String bad : List.of("03.12.2026 10:15", "2026-12-03T10:15:00+25:00", "вчера")) {
			this.mvc
				.perform(as("it-api-dean-gm1", post("/api/v1/appeals/{id}/forwarding", appeal.id()), forwarding(bad)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("sentAt"));
		}
		// UTC written as UTC is the same instant; read as Almaty time it would fall
		// before receipt
		String utcBeforeReceipt = receivedInAlmaty.minusHours(1).toLocalDateTime().withNano(0) + "";
		this.mvc
			.perform(as("it-api-dean-gm1", post("/api/v1/appeals/{id}/forwarding", appeal.id()),
					forwarding(utcBeforeReceipt)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sentAt"));
		this.mvc
			.perform(as("it-api-dean-gm1", post("/api/v1/appeals/{id}/forwarding", appeal.id()),
					forwarding(Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sentAt"));
		// a time after receipt, written in UTC, is honoured as that instant
		Instant afterReceipt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		this.mvc
			.perform(as("it-api-dean-gm1", post("/api/v1/appeals/{id}/forwarding", appeal.id()),
					forwarding(afterReceipt)))
			.andExpect(status().isOk());
		assertThat(this.appeals.find(appeal.id()).orElseThrow().forwarding())
			.hasValueSatisfying(forwarding -> assertThat(forwarding.sentAt()).isEqualTo(afterReceipt));
	}

	static String forwarding(Object sentAt) {
		return "{\"stateBody\":\"ПД\",\"sentAt\":\"" + sentAt
				+ "\",\"outgoingNumber\":\"1\",\"coveringLetter\":\"Жолдаймыз.\"}";
	}

}
