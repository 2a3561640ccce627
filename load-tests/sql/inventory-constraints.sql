-- Included by inventory-setup.sql, once per design (psql variable design): the indexes, foreign
-- keys and exclusion constraint of Marquee's migrations (V1, V4, V10) on the shared tables, added
-- after the load (each foreign key is then checked in one pass), and the identity columns moved
-- past the ids the load gave. Plus schedule_slot, which inventory-*-schedule.sql uses to give each
-- showtime it schedules a time of its own.

create index ix_seat_auditorium on :design.seat (auditorium_id);
alter table :design.seat
    add constraint ux_seat_position unique (auditorium_id, row_label, seat_number),
    add constraint fk_seat_auditorium foreign key (auditorium_id) references :design.auditorium (id);

alter table :design.showtime
    add constraint fk_showtime_movie foreign key (movie_id) references :design.movie (id),
    add constraint fk_showtime_auditorium foreign key (auditorium_id) references :design.auditorium (id),
    add constraint ex_showtime_overlap exclude using gist (
        auditorium_id with =, tstzrange(starts_at, clean_until) with &&) where (status = 'SCHEDULED');
create index ix_showtime_starts_at on :design.showtime (starts_at);
create index ix_showtime_movie on :design.showtime (movie_id, starts_at);

alter table :design.seat_hold
    add constraint fk_seat_hold_account foreign key (account_id) references :design.account (id),
    add constraint fk_seat_hold_showtime foreign key (showtime_id) references :design.showtime (id);
create index ix_seat_hold_expiry on :design.seat_hold (expires_at) where status = 'ACTIVE';
create index ix_seat_hold_account on :design.seat_hold (account_id) where status = 'ACTIVE';

alter table :design.ticket_order
    add constraint fk_order_account foreign key (account_id) references :design.account (id),
    add constraint fk_order_clerk foreign key (clerk_id) references :design.account (id),
    add constraint fk_order_showtime foreign key (showtime_id) references :design.showtime (id);
create index ix_order_account on :design.ticket_order (account_id, created_at desc);

alter table :design.ticket
    add constraint ux_ticket_code unique (code),
    add constraint fk_ticket_order foreign key (order_id) references :design.ticket_order (id),
    add constraint fk_ticket_showtime foreign key (showtime_id) references :design.showtime (id),
    add constraint fk_ticket_seat foreign key (seat_id) references :design.seat (id);
create index ix_ticket_order on :design.ticket (order_id);
-- the last line of defence in both designs: a seat of a showtime has at most one live ticket
create unique index ux_ticket_live_seat on :design.ticket (showtime_id, seat_id) where status <> 'CANCELLED';

create unique index ux_account_email on :design.account (lower(email));

select setval(pg_get_serial_sequence(:'design' || '.movie', 'id'), (select max(id) from :design.movie)),
       setval(pg_get_serial_sequence(:'design' || '.auditorium', 'id'), (select max(id) from :design.auditorium)),
       setval(pg_get_serial_sequence(:'design' || '.seat', 'id'), (select max(id) from :design.seat)),
       setval(pg_get_serial_sequence(:'design' || '.showtime', 'id'), (select max(id) from :design.showtime)),
       setval(pg_get_serial_sequence(:'design' || '.account', 'id'), (select max(id) from :design.account)),
       setval(pg_get_serial_sequence(:'design' || '.seat_hold', 'id'), (select coalesce(max(id), 0) + 1 from :design.seat_hold)),
       setval(pg_get_serial_sequence(:'design' || '.ticket_order', 'id'), (select max(id) from :design.ticket_order)),
       setval(pg_get_serial_sequence(:'design' || '.ticket', 'id'), (select max(id) from :design.ticket))
\gset inv_

create sequence :design.schedule_slot;
