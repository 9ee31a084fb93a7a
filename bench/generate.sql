-- Fills a freshly migrated Otinish schema with :n realistic appeals, set-based (bench/README.md).
-- Run by bench/generate.sh: psql -v n=… -v schema=… -v admin=… -f bench/generate.sql
-- Everything is derived from the row number, so two runs with the same n give the same shape.
\set ON_ERROR_STOP on
set search_path = :"schema";
set client_min_messages = warning;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set synchronous_commit = off;

create temp table p as
select :n::int as n,
       greatest(:n / 10, 50)::int as applicants,
       (date_trunc('day', now() at time zone 'Asia/Almaty') - interval '3 years') at time zone 'Asia/Almaty' as t0,
       now() - interval '20 minutes' as t1,
       (select password_hash from user_account where username = :'admin') as pw;

do $$ begin
  if (select pw from p) is null then raise exception 'bootstrap administrator missing: start the app once first'; end if;
  if exists (select 1 from appeal) then raise exception 'schema already holds appeals: generate into an empty schema'; end if;
end $$;

-- the schools of the organization data, numbered
create temp table s as
select (row_number() over (order by sort_order) - 1)::int as k, code from school;
create temp table sc as select count(*)::int as c from s;

-- names: Kazakh and Russian surnames, first names, patronymics
create temp table nm as select
  array['Ахметов','Бекенов','Жақсылықов','Нұрғалиев','Сейітов','Омаров','Рахымов','Ибраев','Сәрсенбаев','Әлімжанов',
        'Құлмағамбетов','Мұқанов','Бейсенов','Серікбаев','Қасымов','Тоқтаров','Иванов','Кузнецов','Морозов','Павлов',
        'Волков','Лебедев','Ким','Федоров','Соколов','Егоров','Никитин','Зайцев'] as sur,
  array['Айдос','Азамат','Нұржан','Ерлан','Дәурен','Мейрам','Асқар','Талғат','Серік','Бауыржан','Андрей','Олег',
        'Сергей','Алексей','Роман','Виктор'] as male,
  array['Айгүл','Шолпан','Салтанат','Ботагөз','Индира','Майра','Айжан','Динара','Анна','Ирина','Юлия','Татьяна',
        'Светлана','Виктория'] as female,
  array['Нұрланұлы','Бауыржанұлы','Қайратұлы','Ерланұлы','Маратұлы','Серікұлы','Игоревич','Петрович','Олегович',
        'Андреевич'] as pat_m,
  array['Нұрланқызы','Бауыржанқызы','Қайратқызы','Ерланқызы','Маратқызы','Серікқызы','Игоревна','Петровна',
        'Олеговна','Андреевна'] as pat_f,
  array['Жалпы медицина','Стоматология','Қоғамдық денсаулық сақтау','Фармация','Педиатрия','Мейірбике ісі',
        'Общая медицина','Стоматология','Фармация'] as spec;

create function pg_temp.person(j int) returns text language sql immutable as $$
  select case when j % 2 = 0
    then nm.sur[1 + j % 28] || ' ' || nm.male[1 + (j / 28) % 16] || ' ' || nm.pat_m[1 + (j / 7) % 10]
    else nm.sur[1 + j % 28] || (case when nm.sur[1 + j % 28] = 'Ким' then '' else 'а' end) || ' '
         || nm.female[1 + (j / 28) % 14] || ' ' || nm.pat_f[1 + (j / 7) % 10] end
  from nm $$;

-- accounts: staff of every school (the organization's dean accounts by their names), the records
-- office, officials, and one applicant account per ten appeals (students and teaching staff)
insert into user_account (id, username, password_hash, full_name, role, school_code, email, enabled,
                          preferred_language, person_kind, study_level, speciality, study_year, job_title)
select gen_random_uuid(), coalesce(o.account, 'dean-' || lower(s.code)), p.pw, coalesce(o.full_name, pg_temp.person(s.k)),
       'DEAN', s.code, lower(s.code) || '.dean@bench.example', true, 'KK', 'STAFF', null, null, null, 'Декан'
from s cross join p left join official o on o.school_code = s.code and o.official_position = 'DEAN'
where not exists (select 1 from user_account u where u.username = coalesce(o.account, 'dean-' || lower(s.code)));

insert into user_account (id, username, password_hash, full_name, role, school_code, email, enabled,
                          preferred_language, person_kind, job_title)
select gen_random_uuid(), 'office-' || lower(s.code), p.pw, pg_temp.person(100 + s.k), 'DEANS_OFFICE', s.code,
       lower(s.code) || '.office@bench.example', true, 'KK', 'STAFF', 'Деканат әдіскері'
from s cross join p
union all
select gen_random_uuid(), 'exec-' || lower(s.code) || '-' || e, p.pw, pg_temp.person(200 + s.k * 20 + e), 'STAFF', s.code,
       lower(s.code) || '.exec' || e || '@bench.example', true, 'KK', 'STAFF', 'Аға оқытушы'
from s cross join p cross join generate_series(1, 20) e
union all
select gen_random_uuid(), u.username, p.pw, pg_temp.person(500 + u.k), u.role, null,
       u.username || '@bench.example', true, 'KK', 'STAFF', u.title
from p cross join (values (0, 'registrar', 'REGISTRAR', 'Кеңсе маманы'), (1, 'analyst', 'ANALYST', 'Талдаушы'),
                          (2, 'moderator', 'MODERATOR', 'Модератор')) as u(k, username, role, title)
union all
select gen_random_uuid(), o.account, p.pw, o.full_name, 'OFFICIAL', null, o.email, true, 'KK', 'STAFF', o.official_position
from official o cross join p
where o.official_position <> 'DEAN' and o.account is not null
  and not exists (select 1 from user_account u where u.username = o.account);

create temp table a as
select j, gen_random_uuid() as id,
       case when j % 7 = 0 then 't' else 's' end || lpad(j::text, 7, '0') as username,
       case when j % 7 = 0 then 'STAFF' else 'STUDENT' end as role,
       (select code from s where s.k = j % (select c from sc)) as school,
       pg_temp.person(j) as full_name
from p, generate_series(0, p.applicants - 1) j;
create unique index on a (j);
insert into user_account (id, username, password_hash, full_name, role, school_code, email, phone, enabled,
                          preferred_language, external_id, person_kind, study_level, speciality, study_year, job_title)
select a.id, a.username, p.pw, a.full_name, a.role, a.school, a.username || '@bench.example',
       '+7 701 ' || lpad((a.j % 10000000)::text, 7, '0'), true, case when a.j % 3 = 0 then 'RU' else 'KK' end,
       'bench-' || a.username, a.role, case when a.role = 'STUDENT' then (array['BACHELOR','INTERNSHIP','RESIDENCY','MASTER','DOCTORATE'])[1 + a.j % 5] end,
       case when a.role = 'STUDENT' then nm.spec[1 + a.j % 9] end,
       case when a.role = 'STUDENT' then 1 + a.j % 5 end,
       case when a.role = 'STAFF' then 'Оқытушы' end
from a cross join p cross join nm;

-- working days: the calendar's exceptions over Monday..Friday
create temp table wd as
select d::date as d, case when cd.kind is null then extract(isodow from d) < 6 else cd.kind = 'WORKING_WEEKEND_DAY' end as working
from p, generate_series((p.t0 at time zone 'Asia/Almaty')::date - 10, (p.t1 at time zone 'Asia/Almaty')::date + 120, interval '1 day') d
left join calendar_day cd on cd.on_date = d::date;
create temp table wdi as
select d, working, sum(case when working then 1 else 0 end) over (order by d) as idx from wd;
-- the first working day on or after each day, and the n-th working day by index
create temp table wstart as
select w.d, (select min(x.idx) from wdi x where x.d >= w.d and x.working) as idx from wdi w;
create unique index on wstart (d);
create temp table wnum as select idx, d from wdi where working;
create unique index on wnum (idx);

-- texts: ~2 kB in Kazakh or Russian, 48 variants per language
create temp table para(lang text, k int, t text);
insert into para values
('KK', 0, 'Құрметті декан! Мен сабақ кестесінің жиі өзгеруіне байланысты өтініш жазып отырмын. Соңғы айда кесте ескертусіз бірнеше рет өзгерді, сондықтан біз практикалық сабақтарға кешігіп келдік және бірнеше бақылау жұмысын өткізіп алдық.'),
('KK', 1, 'Жатақханадағы тұрмыс жағдайы нашарлады: ыстық су аптасына екі-үш рет қана беріледі, бөлмелердегі жылыту жеткіліксіз, ал кезекші әкімшілікке айтылған шағымдарға жауап берілмейді.'),
('KK', 2, 'Емтихан бағасы әділ қойылмады деп есептеймін. Бағалау критерийлері алдын ала жарияланбады, ал жазбаша жұмысымды қайта қарауды сұраған кезде кафедра маған нақты түсіндірме бермеді.'),
('KK', 3, 'Оқу бағдарламасындағы пәндердің мазмұны силлабуспен сәйкес келмейді: силлабуста көрсетілген тақырыптардың жартысы өтілмеді, ал қорытынды тестке сол тақырыптар бойынша сұрақтар енгізілді.'),
('KK', 4, 'Зертханалық жабдықтың көбі істен шыққан, практикалық дағдыларды меңгеруге мүмкіндік жоқ. Бұл мәселе өткен оқу жылында да айтылған болатын, бірақ ешқандай шара қабылданбады.'),
('KK', 5, 'Оқытушының студенттерге деген көзқарасы әдептілік нормаларына сай емес деп санаймын. Сабақ кезінде дөрекі сөздер айтылып, студенттердің сұрақтары жауапсыз қалады.'),
('KK', 6, 'Осыған байланысты мәселені қарап, тиісті шара қабылдауыңызды және нәтижесі туралы маған жазбаша хабарлауыңызды сұраймын. Қажет болса, қосымша құжаттар мен куәгерлердің түсініктемелерін ұсынуға дайынмын.'),
('KK', 7, 'Бұл жағдай менің оқу үлгеріміме және денсаулығыма теріс әсер етуде. Университеттің ішкі тәртіп ережелері мен академиялық саясатына сәйкес әділ шешім қабылданады деп сенемін.'),
('RU', 0, 'Уважаемый декан! Обращаюсь к Вам в связи с частыми изменениями расписания занятий. За последний месяц расписание менялось несколько раз без предупреждения, из-за чего мы опаздывали на практические занятия и пропустили несколько контрольных работ.'),
('RU', 1, 'Условия проживания в общежитии ухудшились: горячая вода подаётся лишь два-три раза в неделю, отопление в комнатах недостаточное, а жалобы дежурному администратору остаются без ответа.'),
('RU', 2, 'Считаю, что оценка на экзамене выставлена несправедливо. Критерии оценивания не были опубликованы заранее, а при просьбе пересмотреть мою письменную работу кафедра не дала внятного объяснения.'),
('RU', 3, 'Содержание дисциплин образовательной программы не соответствует силлабусу: половина указанных тем не была пройдена, а в итоговый тест включены вопросы именно по этим темам.'),
('RU', 4, 'Большая часть лабораторного оборудования неисправна, отработать практические навыки невозможно. Об этой проблеме говорилось и в прошлом учебном году, однако никаких мер принято не было.'),
('RU', 5, 'Считаю, что отношение преподавателя к студентам не соответствует нормам деловой этики. На занятиях звучат грубые высказывания, а вопросы студентов остаются без ответа.'),
('RU', 6, 'В связи с этим прошу рассмотреть вопрос, принять соответствующие меры и сообщить мне о результатах в письменной форме. При необходимости готов представить дополнительные документы и пояснения свидетелей.'),
('RU', 7, 'Эта ситуация отрицательно сказывается на моей успеваемости и здоровье. Надеюсь на справедливое решение в соответствии с правилами внутреннего распорядка и академической политикой университета.');
create temp table txt as
select l.lang, v, (select string_agg(x.t, E'\n\n' order by r)
                   from generate_series(0, 8) r join para x on x.lang = l.lang and x.k = (v * 3 + r * (1 + v % 5)) % 8) as t
from (values ('KK'), ('RU')) l(lang), generate_series(0, 47) v;
create temp table subj(lang text, category text, t text);
insert into subj values
('KK','EDUCATIONAL_PROCESS','Сабақ кестесінің жиі өзгеруі туралы'),('RU','EDUCATIONAL_PROCESS','О частых изменениях расписания'),
('KK','HOUSING','Жатақхананың тұрмыс жағдайы туралы'),('RU','HOUSING','Об условиях проживания в общежитии'),
('KK','PROGRAMME_CONTENT','Білім беру бағдарламасының мазмұны туралы'),('RU','PROGRAMME_CONTENT','О содержании образовательной программы'),
('KK','ASSESSMENT','Емтихан бағасын қайта қарау туралы'),('RU','ASSESSMENT','О пересмотре экзаменационной оценки'),
('KK','TEACHING_QUALITY','Оқыту сапасы туралы'),('RU','TEACHING_QUALITY','О качестве преподавания'),
('KK','RESOURCES_AND_CONDITIONS','Зертхана жабдықтары туралы'),('RU','RESOURCES_AND_CONDITIONS','О лабораторном оборудовании'),
('KK','BUSINESS_ETHICS','Оқытушының әдеп нормаларын бұзуы туралы'),('RU','BUSINESS_ETHICS','О нарушении норм деловой этики');

-- one row per appeal: every property derived from i
create temp table g as
with base as (
  select i, gen_random_uuid() as id,
         (i - 1) % p.applicants as j,
         p.t0 + (p.t1 - p.t0) * ((i - 1)::float8 / p.n) + ((i::bigint * 7919) % 3000) * interval '1 second' as received_at,
         (i::bigint * 2654435761 % 1000)::int as h,
         (i::bigint * 40503 % 100)::int as hc,
         (i::bigint * 69069 % 1000)::int as h2
  from p, generate_series(1, p.n) i
), aged as (
  select b.*, least(b.received_at, (select t1 from p)) as rat,
         extract(epoch from ((select t1 from p) - b.received_at)) / 86400.0 as age
  from base b
), st as (
  select x.*,
    case
      when x.age > 40 then
        case when x.h < 880 then 'CLOSED' when x.h < 930 then 'ANSWERED' when x.h < 950 then 'RETURNED_WITHOUT_CONSIDERATION'
             when x.h < 958 then 'NOT_CONSIDERED' when x.h < 962 then 'FORWARDED_TO_STATE_BODY' when x.h < 975 then 'TERMINATED'
             when x.h >= 996 and x.age < 150 then (case when x.h % 2 = 0 then 'IN_REVIEW' else 'DECIDED' end)
             else 'CLOSED' end
      when x.age < 0.6 and x.h < 300 then 'RECEIVED'
      else case when x.h / 1000.0 + x.age / 40 < 0.35 then 'REGISTERED' when x.h / 1000.0 + x.age / 40 < 0.55 then 'IN_TRIAGE'
                when x.h / 1000.0 + x.age / 40 < 0.95 then 'IN_REVIEW' when x.h / 1000.0 + x.age / 40 < 1.15 then 'DECIDED'
                when x.h / 1000.0 + x.age / 40 < 1.35 then 'ANSWERED' else 'CLOSED' end
    end as status
  from aged x
)
select st.*,
  case when st.hc < 55 then 'PORTAL' when st.hc < 75 then 'EMAIL' when st.hc < 95 then 'PAPER' else 'RECTOR_BLOG' end as channel,
  (array['APPLICATION','APPLICATION','APPLICATION','APPLICATION','APPLICATION','APPLICATION','APPLICATION','APPLICATION',
         'APPLICATION','APPLICATION','APPLICATION','APPLICATION','COMPLAINT','COMPLAINT','COMPLAINT','COMPLAINT','COMPLAINT',
         'PROPOSAL','PROPOSAL','INQUIRY','INQUIRY','INQUIRY','RESPONSE'])[1 + st.i % 23] as kind,
  (array['EDUCATIONAL_PROCESS','HOUSING','PROGRAMME_CONTENT','ASSESSMENT','TEACHING_QUALITY','RESOURCES_AND_CONDITIONS',
         'BUSINESS_ETHICS'])[1 + (st.i * 13) % 7] as category,
  case when (st.i * 31) % 100 < 62 then 'KK' else 'RU' end as language,
  (st.status in ('NOT_CONSIDERED', 'FORWARDED_TO_STATE_BODY')
     or (st.status in ('RECEIVED', 'REGISTERED', 'IN_TRIAGE') and st.h2 % 60 = 0)) as anonymous,
  st.status <> 'RECEIVED' as registered,
  case when st.h2 % 9 = 0 then 'RECTOR' else 'DEAN' end as addressee
from st;
create unique index on g (i);
analyze g;

-- the registration number: gapless per journal and year, in the order of registration
create temp table r as
select g.i, coalesce(case when g.addressee = 'RECTOR' then 'KB' end, a.school) as journal,
       g.rat + ((g.h2 % 90) + 1) * interval '1 minute' as registered_at0
from g join a on a.j = g.j where g.registered;
update r set registered_at0 = least(registered_at0, (select t1 from p) + interval '10 minutes');
alter table r add column year int;
update r set year = extract(year from registered_at0 at time zone 'Asia/Almaty');
create temp table rn as
select i, journal, year, registered_at0 as registered_at,
       row_number() over (partition by journal, year order by registered_at0, i) as seq
from r;
create unique index on rn (i);

-- routing, executor and decision (REV-1..REV-10) for the appeals that went to a body
create temp table rt as
select g.i, coalesce(b.code, s.code || '-DOC') as body, u.username as exec_account, u.full_name as exec_name
from g join a on a.j = g.j join s on s.code = a.school
join user_account u on u.username = 'exec-' || lower(s.code) || '-' || (1 + g.i % 20)
left join body b on b.code = s.code || case g.category when 'PROGRAMME_CONTENT' then '-EPC' when 'ASSESSMENT' then '-EPC'
                         when 'TEACHING_QUALITY' then '-QAC' when 'RESOURCES_AND_CONDITIONS' then '-QAC' else '-DOC' end
where g.status in ('IN_REVIEW', 'DECIDED', 'ANSWERED', 'CLOSED') and not g.anonymous;
create unique index on rt (i);
-- meetings: one a month per body with decisions, protocol numbers gapless per body and year
create temp table mt as
select gen_random_uuid() as id, body, y, m,
       row_number() over (partition by body, y order by m) as number,
       make_date(y, m, 1) + 24 as meeting_date
from (select distinct rt.body, extract(year from rn.registered_at at time zone 'Asia/Almaty')::int as y,
             extract(month from rn.registered_at at time zone 'Asia/Almaty')::int as m
      from rt join g on g.i = rt.i join rn on rn.i = rt.i where g.status in ('DECIDED', 'ANSWERED', 'CLOSED')) d;
create unique index on mt (body, y, m);
create temp table dc as
select rt.i, (array['SATISFIED','PARTLY_SATISFIED','EXPLAINED','NOT_SATISFIED'])[1 + (g.h2 * 7 + g.i) % 4] as outcome,
       mt.number || '/' || mt.y as protocol, mt.meeting_date, mt.id as meeting_id
from rt join g on g.i = rt.i join rn on rn.i = rt.i
join mt on mt.body = rt.body and mt.y = extract(year from rn.registered_at at time zone 'Asia/Almaty')
       and mt.m = extract(month from rn.registered_at at time zone 'Asia/Almaty')
where g.status in ('DECIDED', 'ANSWERED', 'CLOSED');
create unique index on dc (i);
-- DL-4 complaints: a complaint filed after the same applicant's earlier answered appeal, triaged by the vice-rector
create temp table cp as
select g.i, e.i as earlier_i, g.id, e.id as earlier_id, edc.protocol, edc.meeting_date as earlier_decided
from g join g e on e.i = g.i - (select applicants from p) join dc edc on edc.i = e.i
where g.kind = 'COMPLAINT' and g.h2 % 4 = 0 and not g.anonymous and not e.anonymous
  and e.status in ('ANSWERED', 'CLOSED');
create unique index on cp (i);
-- conflict of interest: a few appeals awaiting triage in the first school are about its dean
create temp table ds as
select g.i, g.id, g.rat from g join a on a.j = g.j join s on s.code = a.school and s.k = 0
where g.status in ('REGISTERED', 'IN_TRIAGE') and g.h2 % 40 = 1 and not g.anonymous;
create unique index on ds (i);
create temp table vr as select (select code from official where official_position = 'VICE_RECTOR' order by sort_order limit 1) as code;

-- deadlines (DL-1..DL-3): review 15, return 3, extension cap 30 working days from the first working
-- day on or after receipt; DL-2: one open appeal in review in fifty had its period extended to the cap
create temp table dd as
select g.i, g.id, st.d as starts_on, rv.d as review_due, rt3.d as return_due, cap.d as cap_due,
       (g.status = 'IN_REVIEW' and g.h2 % 50 = 17) as extended
from g join wstart ws on ws.d = (g.received_at at time zone 'Asia/Almaty')::date
join wnum st on st.idx = ws.idx join wnum rv on rv.idx = ws.idx + 15 join wnum rt3 on rt3.idx = ws.idx + 3
join wnum cap on cap.idx = ws.idx + 30
where g.registered;
create unique index on dd (i);

insert into appeal (id, version, kind, status, channel, applicant_type, applicant_name, level_of_study, speciality,
  year_of_study, study_language, funding, study_form, workplace_position, address, phone, email, anonymous, confidential,
  representative_name, representation_reason, representation_basis, school_code, addressee, category, subject, body_text,
  language, applicant_user_id, received_at, received_by, registration_number, journal_code, registered_at, registered_by,
  earlier_appeal_id, contested_decision, tracking_code, status_changed_at, status_note, identity_document_type,
  identity_document_number, repeat_ground, forwarded_to, forwarded_at, forwarding_number, covering_letter,
  executor_account, executor_name, triage_official, decision_outcome, decision_body, decision_protocol_number,
  decision_protocol_date, decision_meeting_id, routed_body, consent_basis, consent_version, anonymised_at,
  review_due_on)
select g.id, 0, g.kind, g.status, g.channel,
  case when a.role = 'STAFF' then 'STAFF' else 'STUDENT' end,
  case when g.anonymous then null else a.full_name end,
  case when a.role = 'STUDENT' and not g.anonymous then (array['BACHELOR','INTERNSHIP','RESIDENCY','MASTER','DOCTORATE'])[1 + a.j % 5] end,
  case when a.role = 'STUDENT' and not g.anonymous then nm.spec[1 + a.j % 9] end,
  case when a.role = 'STUDENT' and not g.anonymous then 1 + a.j % 5 end,
  case when a.role = 'STUDENT' and not g.anonymous then (array['KAZAKH','RUSSIAN','ENGLISH'])[1 + a.j % 3] end,
  case when a.role = 'STUDENT' and not g.anonymous then (array['GRANT','STATE_ORDER','PAID'])[1 + a.j % 3] end,
  case when a.role = 'STUDENT' and not g.anonymous then (case when a.j % 11 = 0 then 'PART_TIME' else 'FULL_TIME' end) end,
  case when a.role = 'STAFF' and not g.anonymous then 'Оқытушы, ' || nm.spec[1 + a.j % 9] || ' кафедрасы' end,
  case when g.anonymous then null else 'Алматы қ., ' || (1 + a.j % 300) || '-үй, ' || (1 + a.j % 120) || '-пәтер' end,
  case when g.anonymous then null else '+7 701 ' || lpad((a.j % 10000000)::text, 7, '0') end,
  case when g.anonymous then null else a.username || '@bench.example' end,
  g.anonymous, g.h2 % 50 = 7,
  case when a.role = 'STUDENT' and not g.anonymous and g.h2 % 50 = 3 then pg_temp.person(a.j + 17) end,
  case when a.role = 'STUDENT' and not g.anonymous and g.h2 % 50 = 3 then (array['MINOR','ILLNESS','NON_RESIDENT','OUTSIDE_KAZAKHSTAN'])[1 + g.i % 4] end,
  case when a.role = 'STUDENT' and not g.anonymous and g.h2 % 50 = 3 then 'Нотариалды сенімхат № ' || g.i end,
  a.school, g.addressee, g.category,
  sj.t, a.full_name || E'\n\n' || tx.t, g.language,
  case when g.anonymous then null when g.channel = 'PORTAL' or g.h2 % 10 < 6 then a.id end,
  g.received_at,
  case when g.channel = 'PAPER' then 'Кеңсе маманы' end,
  case when g.registered then rn.journal || '-' || rn.year || '-' || rn.seq end,
  rn.journal, rn.registered_at,
  case when not g.registered then null when g.channel = 'PORTAL' then 'Otinish' else 'Кеңсе маманы' end,
  cp.earlier_id, cp.protocol,
  upper(substr(md5('otinish-bench-' || g.i), 1, 16)),
  least(case when g.status in ('ANSWERED', 'CLOSED') and dc.meeting_date is not null
             then dc.meeting_date::timestamp at time zone 'Asia/Almaty' + interval '5 days'
             else coalesce(rn.registered_at, g.rat) + ((g.h % 20) + 1) * interval '1 day' * (case when g.status in ('RECEIVED','REGISTERED') then 0 else 1 end) end,
        (select t1 from p)),
  case g.status when 'RETURNED_WITHOUT_CONSIDERATION' then 'Өтініште мәселенің мәні көрсетілмеген.'
                when 'NOT_CONSIDERED' then 'Анонимді өтініш қаралмайды (INT-4).'
                when 'FORWARDED_TO_STATE_BODY' then 'Алматы қаласының полиция департаменті, 01-17/' || g.i
                when 'TERMINATED' then 'Қайталанған өтініш, бұрынғы іс бойынша жауап берілген.' end,
  case when g.channel = 'PAPER' and not g.anonymous then 'ID_CARD' end,
  case when g.channel = 'PAPER' and not g.anonymous then '••••' || lpad((g.i % 10000)::text, 4, '0') end,
  null,
  case when g.status = 'FORWARDED_TO_STATE_BODY' then 'Алматы қаласының полиция департаменті' end,
  case when g.status = 'FORWARDED_TO_STATE_BODY' then rn.registered_at + interval '2 hours' end,
  case when g.status = 'FORWARDED_TO_STATE_BODY' then '01-17/' || g.i end,
  case when g.status = 'FORWARDED_TO_STATE_BODY' then 'Анонимді хабарлама құзыретіне сәйкес жіберіледі.' end,
  rt.exec_account, rt.exec_name, case when cp.i is not null or ds.i is not null then vr.code end,
  dc.outcome, case when dc.i is not null then rt.body end, dc.protocol, dc.meeting_date, dc.meeting_id, rt.body,
  case when cp.i is not null then 'LAW_ON_APPEALS' when g.channel = 'PORTAL' and not g.anonymous then 'APPLICANT_CONSENT' when g.channel = 'PAPER' and not g.anonymous then 'CONSENT_ON_PAPER' else 'LAW_ON_APPEALS' end,
  case when cp.i is null and g.channel = 'PORTAL' and not g.anonymous then 1 end,
  null,
  case when dd.extended then dd.cap_due else dd.review_due end
from g join a on a.j = g.j cross join nm cross join vr
left join dd on dd.i = g.i
left join rn on rn.i = g.i left join rt on rt.i = g.i left join dc on dc.i = g.i left join cp on cp.i = g.i
left join ds on ds.i = g.i
join txt tx on tx.lang = g.language and tx.v = g.i % 48
join subj sj on sj.lang = g.language and sj.category = g.category;

-- the journals (INT-1, TERM-7): one line per registered appeal, the counters at the last number
insert into journal_entry (id, journal_code, registration_year, sequence_number, registration_number, appeal_id,
                           received_at, registered_at, channel, registrar, summary)
select gen_random_uuid(), rn.journal, rn.year, rn.seq, ap.registration_number, ap.id, ap.received_at, rn.registered_at,
       ap.channel, ap.registered_by, ap.subject
from rn join g on g.i = rn.i join appeal ap on ap.id = g.id;
insert into journal_counter (journal_code, registration_year, last_sequence)
select journal, year, max(seq) from rn group by journal, year
on conflict (journal_code, registration_year) do update set last_sequence = excluded.last_sequence;

insert into appeal_deadline (appeal_id, kind, rule, starts_on, due_on, extended)
select dd.id, 'REVIEW', case when dd.extended then 'DL-2: extended from ' || dd.review_due else 'DL-1: 15 working days, receipt day not counted' end,
       dd.starts_on, case when dd.extended then dd.cap_due else dd.review_due end, dd.extended from dd
union all
select dd.id, 'RETURN', 'DL-3: 3 working days, receipt day not counted', dd.starts_on, dd.return_due, false from dd
union all
select dd.id, 'EXTENSION_CAP', 'DL-2: 30 working days, receipt day not counted', dd.starts_on, dd.cap_due, false from dd;
insert into appeal_extension (id, appeal_id, extended_at, extended_by, extended_by_name, previous_due, new_due, reason,
                              notify_by, notice_sent_at)
select gen_random_uuid(), dd.id, dd.review_due::timestamp at time zone 'Asia/Almaty' - interval '2 days', 'bench.admin', 'Декан',
       dd.review_due, dd.cap_due, 'Қосымша тексеру қажет (REV-7).', dd.review_due + 3, null
from dd where dd.extended;

-- the review module's records of routing, meetings and decisions
insert into review_routing (appeal_id, body_code, suggested_body_code, executor_account, executor_name, routed_by, routed_at)
select ap.id, ap.routed_body, ap.routed_body, ap.executor_account, ap.executor_name, 'Декан',
       ap.registered_at + interval '1 day'
from appeal ap where ap.routed_body is not null;

insert into review_meeting (id, forum_key, body_code, commission_id, school_code, meeting_date, protocol_year, protocol_number,
                            minutes, created_by, created_at)
select mt.id, mt.body, mt.body, null, b.school_code, mt.meeting_date, mt.y, mt.number,
       'Отырыс хаттамасы: күн тәртібіндегі өтініштер қаралды.', 'Хатшы', make_date(mt.y, mt.m, 1)::timestamp at time zone 'Asia/Almaty'
from mt join body b on b.code = mt.body;
insert into review_protocol_counter (forum_key, protocol_year, last_number)
select body, y, max(number) from mt group by body, y;

insert into review_agenda_item (meeting_id, appeal_id, sort_order)
select decision_meeting_id, id, row_number() over (partition by decision_meeting_id order by registered_at, id)
from appeal where decision_meeting_id is not null;
insert into review_decision (appeal_id, meeting_id, outcome, reasons, untrue_recognized, applicant_measures, apology,
                             decided_by, decided_at)
select id, decision_meeting_id, decision_outcome, 'Өтініште келтірілген фактілер тексерілді; комиссия шешімі хаттамада көрсетілген.',
       false, null, null, 'Хатшы', decision_protocol_date::timestamp at time zone 'Asia/Almaty'
from appeal where decision_meeting_id is not null;

-- answers (RES-1..RES-3): the approved draft and its delivery
insert into answer_draft (id, appeal_id, revision, body_text, state, written_by, written_at, reviewed_by, reviewed_at,
                          return_reason, version)
select gen_random_uuid(), id, 1,
       'Сіздің өтінішіңіз қаралды. Шешім: ' || decision_outcome || '. Хаттама № ' || decision_protocol_number
       || '. Шешімге келіспеген жағдайда жоғары тұрған лауазымды тұлғаға шағымдануға құқылысыз (DL-4).',
       'APPROVED', coalesce(executor_name, 'Орындаушы'), decision_protocol_date::timestamp at time zone 'Asia/Almaty' + interval '2 days',
       'Декан', decision_protocol_date::timestamp at time zone 'Asia/Almaty' + interval '3 days', null, 1
from appeal where status in ('ANSWERED', 'CLOSED') and decision_outcome is not null;
insert into answer_delivery (appeal_id, method, delivered_on, handed_over_by, signed_by, post_address, tracking_number,
                             phone_call_on, phone_call_note, email_to, email_sent_at, decision, complaint_until,
                             recorded_by, recorded_at, version)
select id, case when applicant_type = 'STAFF' or (hashtext(id::text) & 1) = 0 then 'IN_PERSON' else 'POST' end,
       decision_protocol_date + 5, 'Деканат әдіскері',
       case when applicant_type = 'STAFF' or (hashtext(id::text) & 1) = 0 then applicant_name end,
       case when not (applicant_type = 'STAFF' or (hashtext(id::text) & 1) = 0) then address end,
       case when not (applicant_type = 'STAFF' or (hashtext(id::text) & 1) = 0) then 'RR' || lpad((abs(hashtext(id::text)) % 1000000000)::text, 9, '0') || 'KZ' end,
       null, null,
       case when applicant_type = 'STAFF' then email end,
       case when applicant_type = 'STAFF' then decision_protocol_date::timestamp at time zone 'Asia/Almaty' + interval '5 days' end,
       decision_outcome, decision_protocol_date + 5 + interval '3 months',
       'Деканат әдіскері', decision_protocol_date::timestamp at time zone 'Asia/Almaty' + interval '5 days', 0
from appeal where status in ('ANSWERED', 'CLOSED') and decision_outcome is not null;
-- DL-4 complaints: a complaint filed after the same applicant's earlier answered appeal, triaged by the vice-rector
insert into answer_verdict (id, appeal_id, verdict, said_at, complaint_appeal_id, window_ends_on, late, late_reason, higher_official)
select gen_random_uuid(), cp.earlier_id, 'DISAGREE', g.received_at - interval '1 hour', cp.id,
       (cp.earlier_decided + 5 + interval '3 months')::date, false, null, vr.code
from cp join g on g.i = cp.i cross join vr;

-- group appeals (INT-7): two co-applicants on one appeal in a hundred
insert into appeal_co_applicant (appeal_id, position, full_name, contact)
select g.id, c, pg_temp.person(g.j + 31 * (c + 1)), 'co' || g.i || '-' || c || '@bench.example'
from g cross join generate_series(0, 1) c where g.h2 % 100 = 11 and not g.anonymous;

-- conflict of interest: an executor of the school is the subject of one appeal in five hundred;
-- a few open appeals of the first school are about its dean and go to the vice-rector
insert into appeal_subject (id, appeal_id, full_name, account, recorded_at, account_id)
select gen_random_uuid(), g.id, u.full_name, u.username, g.rat + interval '1 day', u.id
from g join a on a.j = g.j join user_account u on u.username = 'exec-' || lower(a.school) || '-' || (1 + (g.i + 7) % 20)
where g.h2 % 500 = 13 and g.registered;
insert into appeal_subject (id, appeal_id, full_name, account, recorded_at, account_id)
select gen_random_uuid(), ds.id, u.full_name, u.username, ds.rat + interval '1 hour', u.id
from ds join s on s.k = 0 join user_account u on u.school_code = s.code and u.role = 'DEAN';

-- STAT-1 facts the aggregate keeps (V272): the day answered, in how many working days from the day of
-- receipt, whether on or before the review period's last day; extended (DL-2); closed by "I agree"
create index on wdi (d);
update appeal a set answered_on = d.delivered_on,
       answered_in_time = (a.review_due_on is null or d.delivered_on <= a.review_due_on),
       answer_working_days = greatest(0, coalesce((select x.idx from wdi x where x.d = d.delivered_on), 0)
                                        - coalesce((select x.idx from wdi x where x.d = (a.received_at at time zone 'Asia/Almaty')::date), 0))
from answer_delivery d where d.appeal_id = a.id;
update appeal set review_extended = true
where id in (select appeal_id from appeal_deadline where extended);
-- two closed appeals in three were closed by the applicant's "I agree"
insert into answer_verdict (id, appeal_id, verdict, said_at, complaint_appeal_id, window_ends_on, late, late_reason, higher_official)
select gen_random_uuid(), a.id, 'AGREE', a.status_changed_at, null, null, false, null, null
from appeal a where a.status = 'CLOSED' and (hashtext(a.id::text) & 3) <> 0
  and not exists (select 1 from answer_verdict v where v.appeal_id = a.id);
update appeal set applicant_agreed = true
where id in (select appeal_id from answer_verdict where verdict = 'AGREE');

-- search documents (docs/search.md) as the application's SearchIndex writes them (format 1): the
-- distinct words, lower case, Kazakh letters folded to their Russian look-alikes; the 96 texts and
-- 14 subjects computed once, the names and numbers per appeal
create function pg_temp.words(t text) returns text language sql immutable as $$
  select coalesce(' ' || string_agg(w, ' ' order by pos) || ' ', ' ')
  from (select w, min(pos) as pos
        from regexp_split_to_table(translate(lower(coalesce(t, '')), 'іүұөқғңәһё', 'ииуокгнахе'), '[^0-9a-zа-яё]+')
             with ordinality as x(w, pos)
        where w <> '' group by w) y
$$;
create temp table txtw as select lang, v, pg_temp.words(t) as w from txt;
create temp table subjw as select lang, category, t, pg_temp.words(t) as w from subj;
-- the indexes are built once, after the rows (as a restore does), not row by row
drop index appeal_search_document_idx;
drop index appeal_search_number_idx;
insert into appeal_search (appeal_id, number_key, head_words, subject_words, body_words, file_words, format, indexed_at)
select g.id,
       coalesce(regexp_replace(lower(ap.registration_number), '[^0-9a-zа-яё]+', '', 'g'), ''),
       left(pg_temp.words(coalesce(ap.registration_number, '') || ' ' || coalesce(ap.applicant_name, '') || ' '
                          || coalesce(ap.representative_name, '')), 4000),
       sw.w,
       case when ap.applicant_name is null then tw.w
            else pg_temp.words(ap.applicant_name) || substr(tw.w, 2) end,
       ' ', 1, now()
from g join appeal ap on ap.id = g.id
join txtw tw on tw.lang = g.language and tw.v = g.i % 48
join subjw sw on sw.lang = g.language and sw.category = g.category;
set maintenance_work_mem = '1GB';
create index appeal_search_document_idx on appeal_search using gin (document);
create index appeal_search_number_idx on appeal_search using gin (number_key public.gin_trgm_ops);

-- the appeals' indexes were filled row by row in the load's order, which leaves the wide covering
-- indexes of V274 2.6 times their size (406 MB instead of 155 MB, and five times the dashboard's
-- time); rebuilt as an index grows when the rows arrive over the years
reindex table appeal;

-- as autovacuum leaves a table in production: statistics current, the visibility map set (the
-- dashboard's index-only scans read no heap page of a settled month)
vacuum analyze;
select 'appeals' as what, count(*) from appeal
union all select 'journal entries', count(*) from journal_entry
union all select 'deadlines', count(*) from appeal_deadline
union all select 'accounts', count(*) from user_account
union all select 'deliveries', count(*) from answer_delivery
union all select 'verdicts', count(*) from answer_verdict
union all select 'search documents', count(*) from appeal_search
union all select 'awaiting triage', count(*) from appeal where status in ('REGISTERED', 'IN_TRIAGE')
union all select 'open', count(*) from appeal where status in ('REGISTERED', 'IN_TRIAGE', 'IN_REVIEW', 'DECIDED');
