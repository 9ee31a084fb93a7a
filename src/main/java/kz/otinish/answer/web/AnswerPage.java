package kz.otinish.answer.web;

/**
 * What the staff's answer page shows besides the options the answer module grants,
 * decided by {@link AnswerPages}; the template only reads it.
 *
 * @param notYet nothing to show yet: the appeal is not decided and has no draft or
 * delivery
 * @param rulePanel the reminder of the rules of the answer (whoever may act on it)
 */
record AnswerPage(boolean notYet, boolean rulePanel) {
}
