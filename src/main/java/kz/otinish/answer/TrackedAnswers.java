package kz.otinish.answer;

import java.util.Optional;
import java.util.UUID;

import kz.otinish.appeal.ElectronicAnswers;

import org.springframework.stereotype.Component;

/** Answers the tracking page's question: was this answer delivered electronically? */
@Component
class TrackedAnswers implements ElectronicAnswers {

	private final AnswerManagement answers;

	TrackedAnswers(AnswerManagement answers) {
		this.answers = answers;
	}

	@Override
	public Optional<String> deliveredElectronically(UUID appealId) {
		return this.answers.deliveredElectronically(appealId);
	}

}
