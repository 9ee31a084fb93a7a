-- A protocol names the meeting it records as a column, so the meeting page finds it by key
-- instead of searching the JSON snapshots; existing protocols get it from their snapshot once.
alter table issued_document add column meeting_id uuid;
update issued_document
   set meeting_id = cast(substring(snapshot, position('"meetingId":"' in snapshot) + 13, 36) as uuid)
 where kind = 'PROTOCOL' and snapshot like '%"meetingId":"%';
create index issued_document_meeting on issued_document (meeting_id);
