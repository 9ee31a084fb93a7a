-- DL-2: whether a deadline is the extended review period is data, not a prefix of its rule text
alter table appeal_deadline add column extended boolean default false not null;
update appeal_deadline set extended = true where kind = 'REVIEW' and rule like 'DL-2%';
