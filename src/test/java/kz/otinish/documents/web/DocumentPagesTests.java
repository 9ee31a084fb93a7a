package kz.otinish.documents.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.Registration;
import kz.otinish.documents.DocumentKind;
import kz.otinish.documents.Documents;
import kz.otinish.documents.IssuedDocument;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** The document links a page showing an appeal offers, decided once. */
class DocumentPagesTests {

	private final Documents documents = mock(Documents.class);

	private final DocumentPages pages = new DocumentPages(this.documents);

	@Test
	@DisplayName("TERM-7: the reader's links come from what they may see; the letters issued are known by slug whoever reads")
	void linksForTheReader() {
		Appeal appeal = mock(Appeal.class);
		given(appeal.registration()).willReturn(Optional.of(mock(Registration.class)));
		IssuedDocument receipt = issued(appeal, DocumentKind.RECEIPT);
		IssuedDocument order = issued(appeal, DocumentKind.COMMISSION_ORDER);
		CurrentUser student = new CurrentUser(UUID.randomUUID(), "s", "S", Role.STUDENT, null, null, null);
		given(this.documents.issuedFor(appeal)).willReturn(List.of(receipt, order));
		given(this.documents.issuedFor(appeal, student)).willReturn(List.of(receipt));
		given(this.documents.available(appeal, student)).willReturn(List.of(DocumentKind.RECEIPT));
		DocumentLinks links = this.pages.of(appeal, student);
		assertThat(links.kinds()).containsExactly(DocumentKind.RECEIPT);
		assertThat(links.issued()).containsExactly(receipt);
		assertThat(links.hasLetter("commission-order")).isTrue();
		assertThat(links.hasLetter("answer")).isFalse();
		assertThat(links.receipt()).isTrue();
	}

	@Test
	@DisplayName("Only pages whose model holds an appeal get links; redirects and other models are left alone")
	void onlyPagesShowingAnAppeal() {
		Appeal appeal = mock(Appeal.class);
		given(appeal.registration()).willReturn(Optional.empty());
		ModelAndView page = new ModelAndView("appeal/show");
		page.addObject("appeal", appeal);
		ModelAndView redirect = new ModelAndView("redirect:/appeals");
		redirect.addObject("appeal", appeal);
		ModelAndView other = new ModelAndView("calendar/admin");
		other.addObject("appeal", "not an appeal");
		for (ModelAndView each : List.of(page, redirect, other)) {
			this.pages.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), new Object(), each);
		}
		assertThat(page.getModel()).containsKey(DocumentPages.ATTRIBUTE);
		assertThat(redirect.getModel()).doesNotContainKey(DocumentPages.ATTRIBUTE);
		assertThat(other.getModel()).doesNotContainKey(DocumentPages.ATTRIBUTE);
	}

	private static IssuedDocument issued(Appeal appeal, DocumentKind kind) {
		return new IssuedDocument(UUID.randomUUID(), UUID.randomUUID(), kind, 1, Language.KK, kind.slug() + ".pdf",
				"00", 1, Instant.parse("2026-03-10T05:00:00Z"), "Otinish");
	}

}
