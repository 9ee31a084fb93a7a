package kz.otinish.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kz.otinish.appeal.CheckedFile;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

/**
 * The verification of one appeal: the applicant's arguments with a finding on each
 * (REV-12) and the requests to units for documents with their responses (REV-7). A
 * decision may be recorded only once every argument is checked.
 */
final class Verification {

	private final UUID appealId;

	private final List<ArgumentView> arguments;

	private final List<RequestView> requests;

	private final Map<UUID, Response> responses = new LinkedHashMap<>();

	Verification(UUID appealId, List<ArgumentView> arguments, List<RequestView> requests) {
		this.appealId = appealId;
		this.arguments = new ArrayList<>(arguments);
		this.requests = new ArrayList<>(requests);
	}

	/** REV-12: lists an argument of the applicant for checking, numbered in order. */
	ArgumentView addArgument(@Nullable String text) {
		if (Rows.blank(text)) {
			throw new Refused("review.argument.empty");
		}
		ArgumentView argument = new ArgumentView(UUID.randomUUID(), this.appealId, this.arguments.size() + 1,
				text.strip(), null, null, null);
		this.arguments.add(argument);
		return argument;
	}

	/** REV-12: the finding on an argument, confirmed or not, with its grounds. */
	ArgumentView recordFinding(UUID argumentId, Finding finding, @Nullable String grounds, Instant now) {
		int index = indexOf(argumentId);
		if (Rows.blank(grounds)) {
			throw new Refused("review.finding.groundsMissing");
		}
		ArgumentView before = this.arguments.get(index);
		ArgumentView found = new ArgumentView(before.id(), before.appealId(), before.number(), before.argument(),
				finding, grounds.strip(), now);
		this.arguments.set(index, found);
		return found;
	}

	/** REV-7: a request to a unit for documents, due by a date not in the past. */
	RequestView request(@Nullable String unitName, @Nullable String text, LocalDate dueOn, LocalDate today,
			String requestedBy, Instant now) {
		if (Rows.blank(unitName) || Rows.blank(text)) {
			throw new Refused("review.request.incomplete");
		}
		if (dueOn.isBefore(today)) {
			throw new Refused("review.request.dueInPast");
		}
		RequestView request = new RequestView(UUID.randomUUID(), this.appealId, unitName.strip(), text.strip(), dueOn,
				requestedBy, now, null, null, null, null);
		this.requests.add(request);
		return request;
	}

	/** REV-7: the unit's response, a note or a checked file (or both). */
	RequestView respond(UUID requestId, @Nullable String note, @Nullable CheckedFile file, Instant now) {
		if (Rows.blank(note) && file == null) {
			throw new Refused("review.request.responseEmpty");
		}
		int index = -1;
		for (int i = 0; i < this.requests.size(); i++) {
			if (this.requests.get(i).id().equals(requestId)) {
				index = i;
			}
		}
		if (index < 0) {
			throw new NotFound("review.request.notFound");
		}
		RequestView before = this.requests.get(index);
		Response response = new Response(Rows.blank(note) ? null : note.strip(), file, now);
		RequestView answered = new RequestView(before.id(), before.appealId(), before.unitName(), before.text(),
				before.dueOn(), before.requestedBy(), before.requestedAt(), response.note(),
				file == null ? null : file.fileName(), file == null ? null : file.sha256(), now);
		this.requests.set(index, answered);
		this.responses.put(requestId, response);
		return answered;
	}

	/**
	 * REV-12: the numbers of the arguments without a finding; a decision waits for none.
	 */
	List<String> unchecked() {
		return this.arguments.stream()
			.filter(argument -> argument.finding() == null)
			.map(argument -> String.valueOf(argument.number()))
			.toList();
	}

	boolean anyFound(Finding finding) {
		return this.arguments.stream().anyMatch(argument -> argument.finding() == finding);
	}

	private int indexOf(UUID argumentId) {
		for (int i = 0; i < this.arguments.size(); i++) {
			if (this.arguments.get(i).id().equals(argumentId)) {
				return i;
			}
		}
		throw new NotFound("review.argument.notFound");
	}

	UUID appealId() {
		return this.appealId;
	}

	List<ArgumentView> arguments() {
		return List.copyOf(this.arguments);
	}

	List<RequestView> requests() {
		return List.copyOf(this.requests);
	}

	/** Responses given since the verification was loaded, by request. */
	Map<UUID, Response> responses() {
		return Map.copyOf(this.responses);
	}

	/** A response to a request as it is stored: the note and the checked file. */
	record Response(@Nullable String note, @Nullable CheckedFile file, Instant at) {
	}

}
