-- The work lists ("to put on an agenda", "decisions to record", "responses arrived") look
-- the review's tables up by body, forum and agenda item.
create index review_routing_body_idx on review_routing (body_code);
create index review_meeting_forum_idx on review_meeting (forum_key, meeting_date);
create index review_request_responded_idx on review_request (responded_at);
