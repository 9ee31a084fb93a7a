-- Personal data (Law of the Republic of Kazakhstan No. 94-V "On personal data and their
-- protection"): the consent text is data, versioned; the current version is the latest.
create table consent_version (
    version      integer        not null primary key,
    published_on date           not null,
    text_kk      varchar(20000) not null,
    text_ru      varchar(20000) not null,
    text_en      varchar(20000) not null
);

-- An account's acceptance of a version of the consent text.
create table account_consent (
    account_id  uuid    not null references user_account (id),
    version     integer not null references consent_version (version),
    accepted_at timestamp(6) with time zone not null,
    primary key (account_id, version)
);

insert into consent_version (version, published_on, text_kk, text_ru, text_en) values (1, date '2026-12-01',
'Мен «Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының 2013 жылғы 21 мамырдағы № 94-V Заңына сәйкес университетке өтінішімде көрсетілген дербес деректерімді (тегі, аты, әкесінің аты, оқу немесе жұмыс орны туралы мәліметтер, мекенжай, телефон, электрондық пошта, өтініштің мәтіні және қоса берілген файлдар) өтінішті тіркеу, қарау, оған жауап беру және есептілік мақсатында жинауға және өңдеуге келісім беремін. Деректер өтінішті қарауға құқығы бар адамдарға ғана көрсетіледі, үшінші тұлғаларға заңда көзделген жағдайлардан басқа берілмейді және өтініш бойынша іс жабылғаннан кейін белгіленген сақтау мерзімі өткен соң иесіздендіріледі. Мен «Менің деректерім» бетінде өзім туралы сақталған барлық деректерді ала аламын. Келісімді кері қайтарып алу өтінішті одан әрі қарауға кедергі келтіруі мүмкін.',
'Я даю согласие на сбор и обработку моих персональных данных, указанных в обращении (фамилия, имя, отчество, сведения об учёбе или месте работы, адрес, телефон, электронная почта, текст обращения и приложенные файлы), университетом в соответствии с Законом Республики Казахстан от 21 мая 2013 года № 94-V «О персональных данных и их защите» в целях регистрации, рассмотрения обращения, ответа на него и отчётности. Данные доступны только лицам, имеющим право рассматривать обращение, не передаются третьим лицам, кроме случаев, предусмотренных законом, и обезличиваются по истечении установленного срока хранения после закрытия дела по обращению. На странице «Мои данные» я могу получить все сведения, которые хранятся обо мне. Отзыв согласия может препятствовать дальнейшему рассмотрению обращения.',
'I consent to the university collecting and processing the personal data given in my appeal (surname, first name, patronymic, details of my studies or workplace, address, phone, e-mail, the text of the appeal and the attached files) under the Law of the Republic of Kazakhstan of 21 May 2013 No. 94-V "On personal data and their protection", for registering and considering the appeal, answering it and reporting. The data are shown only to the people entitled to consider the appeal, are not passed to third parties except where the law requires it, and are anonymised once the retention period after the case is closed has passed. On the "My data" page I can obtain everything that is kept about me. Withdrawing consent may prevent the appeal from being considered further.');
