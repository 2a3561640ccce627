-- The language an account's mails are written in (a confirmation of an order): the language of the
-- site when the customer registered, changed on the profile page. English for accounts before.
alter table account add column language varchar(8) not null default 'en';
