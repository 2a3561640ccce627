-- An auditorium is cleaned between two showtimes: it is busy from the start until the showtime's
-- end plus the cleaning time, and two scheduled showtimes' busy times never overlap. The exclusion
-- constraint, the last line of defence against concurrent scheduling, now counts the cleaning too.
alter table showtime add column clean_until timestamptz;
update showtime set clean_until = ends_at;
alter table showtime alter column clean_until set not null;
alter table showtime add constraint ck_showtime_cleaning check (clean_until >= ends_at);
alter table showtime drop constraint ex_showtime_overlap;
alter table showtime add constraint ex_showtime_overlap exclude using gist (
    auditorium_id with =, tstzrange(starts_at, clean_until) with &&) where (status = 'SCHEDULED');
