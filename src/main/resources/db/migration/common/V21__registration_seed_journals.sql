-- The records office's journal and one journal per school of the seed (sop.md "The university
-- in the seed"). School codes are the organization module's.
insert into journal (code, name_kk, name_ru, name_en, school_code, position) values
    ('KB',    'Кеңсе бөлімі', 'Канцелярия', 'Records office', null, 0),
    ('GM1',   'Жалпы медицина 1 мектебі', 'Школа общей медицины 1', 'School of General Medicine 1', 'GM1', 10),
    ('GM2',   'Жалпы медицина 2 мектебі', 'Школа общей медицины 2', 'School of General Medicine 2', 'GM2', 20),
    ('DENT',  'Стоматология мектебі', 'Школа стоматологии', 'School of Dentistry', 'DENT', 30),
    ('PH',    'Қоғамдық денсаулық сақтау мектебі', 'Школа общественного здравоохранения', 'School of Public Health', 'PH', 40),
    ('PHARM', 'Фармация мектебі', 'Школа фармации', 'School of Pharmacy', 'PHARM', 50),
    ('PED',   'Педиатрия мектебі', 'Школа педиатрии', 'School of Pediatrics', 'PED', 60),
    ('KKT',   'ҚКТ мектебі', 'Школа ҚКТ', 'School of ҚКТ', 'KKT', 70),
    ('IR',    'Интернатура және резидентура факультеті', 'Факультет интернатуры и резидентуры', 'Faculty of Internship and Residency', 'IR', 80),
    ('MD',    'Магистратура және докторантура бөлімі', 'Отдел магистратуры и докторантуры', 'Master''s and Doctoral Department', 'MD', 90);
