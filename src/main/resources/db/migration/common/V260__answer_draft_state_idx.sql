-- The work lists ("drafts to approve", "answers to deliver") look drafts up by state.
create index answer_draft_state_idx on answer_draft (state, appeal_id);
