-- TERM-5: an anonymous post (no name or no postal address) is not linked to the account
-- of whoever was signed in when it was written, nor typed by that account's role.
update blog_post set account_id = null, author_type = 'STUDENT'
where account_id is not null
  and (author_name is null or trim(author_name) = '' or author_address is null or trim(author_address) = '');
