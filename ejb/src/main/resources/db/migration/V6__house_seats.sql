-- House seats: seats of an auditorium that only the box office may sell until a set time before
-- each showtime (marquee.house-seats.release-before). The public seat map shows them HELD until
-- then. Each showtime's seats copy the flag when it is scheduled.
alter table seat add column house boolean not null default false;
alter table show_seat add column house boolean not null default false;
