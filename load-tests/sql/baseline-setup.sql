-- The pgbench baseline's own rows, in the same database as the benchmark data set (dataset.sql must
-- have run) but apart from it: pgbench never touches a row the application reads or writes.
--
--   psql -h HOST -p PORT -U marquee -d marquee -f load-tests/sql/baseline-setup.sql
--
-- No psql variables. Run it again to start over: it drops and remakes its tables. Do not run it
-- with psql -1; it commits, then analyzes.
--
-- The choice. A booking sells a seat once; pgbench at hundreds of sales a second would use up the
-- few showtimes one could set aside within seconds, and a pool that fills up makes more and more
-- attempts fail, so the measured rate would drift. The booking transaction is made repeatable
-- instead, on copies:
--
--   bench_showtime  n = 1..K -> every showtime of the data set but the hot show (K = 240*scale), so
--                   a pgbench script can pick one at random (pgbench-seatmap.sql does);
--   bench_seat      a copy of the show_seat rows of the first 200 of them: exactly 60,000 seats with
--                   ids 1..60000 (pgbench-booking.sql counts on that number). CREATE TABLE ... (LIKE
--                   show_seat INCLUDING ALL) plus the same foreign keys: same columns, checks,
--                   indexes, so an update of it costs what an update of show_seat costs;
--   bench_order     shaped like ticket_order (LIKE ... INCLUDING ALL + the same foreign keys, to
--                   account and showtime);
--   bench_ticket    shaped like ticket (same unique code, same partial unique index on live tickets,
--                   foreign keys to bench_order, showtime and seat).
-- The foreign keys point at the real showtime, seat and account rows, so every insert pays the same
-- key checks (and FOR KEY SHARE row locks) as the application's; those locks never block the
-- application, which changes no key.
--
-- Half of the seats start SOLD, each with a CONFIRMED order of one ticket (deterministically chosen;
-- setseed), the other half AVAILABLE: pgbench-booking.sql sells an available seat or takes a sold
-- one back, whichever the random seat is, so starting at the 50% balance makes the mix of sales and
-- refunds about even from the first second. bench_start and the view bench_progress count what a run
-- did; the view bench_violation is the baseline's own invariants (invariants.sql includes it when it
-- exists).

\set ON_ERROR_STOP on
\set QUIET on
set client_min_messages = warning;

begin;

drop view if exists bench_progress, bench_violation;
drop table if exists bench_ticket, bench_order, bench_seat, bench_showtime, bench_start;

-- Showtimes of the data set, numbered ----------------------------------------------------------

create table bench_showtime (
    n            integer primary key,
    showtime_id  bigint  not null unique references showtime (id)
);
insert into bench_showtime (n, showtime_id)
select row_number() over (order by st.id), st.id
from showtime st join movie m on m.id = st.movie_id
where m.title like 'Bench Movie %' and st.status = 'SCHEDULED'
  and st.starts_at > now();  -- the programme on sale, not the data set's past sales

select count(*) >= 200 as bench_enough from bench_showtime \gset
\if :bench_enough
\else
  do $$ begin raise exception 'load dataset.sql (scale 1 or more) first: fewer than 200 showtimes'; end $$;
\endif

-- Seats: 200 showtimes x 300 = 60,000, ids 1..60000 ---------------------------------------------

create table bench_seat (like show_seat including all);
alter table bench_seat
    add constraint fk_bench_seat_showtime foreign key (showtime_id) references showtime (id),
    add constraint fk_bench_seat_seat foreign key (seat_id) references seat (id),
    add constraint fk_bench_seat_hold foreign key (hold_id) references seat_hold (id);

-- half of them sold, decided as they are written (so no row is updated, no dead rows yet)
select setseed(0.5) \gset bench_
insert into bench_seat (id, showtime_id, seat_id, status, hold_id, hold_expires_at, price_cents,
                        house, version)
select c.id, c.showtime_id, c.seat_id,
       case when c.sold then 'SOLD' else 'AVAILABLE' end,
       null, null, c.price_cents, c.house,
       case when c.sold then 1 else 0 end
from (select row_number() over (order by ss.showtime_id, ss.seat_id) as id,
             ss.showtime_id, ss.seat_id, ss.price_cents, ss.house, random() < 0.5 as sold
      from show_seat ss join bench_showtime b on b.showtime_id = ss.showtime_id
      where b.n <= 200) as c
order by c.id;

select count(*) = 60000 and max(id) = 60000 as bench_seats_ok from bench_seat \gset
\if :bench_seats_ok
\else
  do $$ begin raise exception 'expected exactly 60000 bench seats (200 showtimes of 300 seats)'; end $$;
\endif
select setval(pg_get_serial_sequence('bench_seat', 'id'), 60000) \gset bench_

-- Orders and tickets ----------------------------------------------------------------------------

create table bench_order (like ticket_order including all);
alter table bench_order
    add constraint fk_bench_order_account foreign key (account_id) references account (id),
    add constraint fk_bench_order_clerk foreign key (clerk_id) references account (id),
    add constraint fk_bench_order_showtime foreign key (showtime_id) references showtime (id);

create table bench_ticket (like ticket including all);
alter table bench_ticket
    add constraint fk_bench_ticket_order foreign key (order_id) references bench_order (id),
    add constraint fk_bench_ticket_showtime foreign key (showtime_id) references showtime (id),
    add constraint fk_bench_ticket_seat foreign key (seat_id) references seat (id);

-- one order of one ticket per sold seat (order id = seat id), bought by load-1..load-1000
insert into bench_order (id, account_id, clerk_id, channel, showtime_id, status, total_cents,
                         currency, created_at)
select s.id, a.id, null, 'WEB', s.showtime_id, 'CONFIRMED', s.price_cents, st.currency, now()
from bench_seat s
     join showtime st on st.id = s.showtime_id
     join account a on lower(a.email) = 'load-' || (1 + s.id % 1000) || '@bench.example'
where s.status = 'SOLD'
order by s.id;

insert into bench_ticket (code, order_id, showtime_id, seat_id, status, created_at)
select replace(gen_random_uuid()::text, '-', ''), s.id, s.showtime_id, s.seat_id, 'VALID', now()
from bench_seat s
where s.status = 'SOLD'
order by s.id;

select count(*) = (select count(*) from bench_seat where status = 'SOLD') as bench_orders_ok
from bench_order \gset
\if :bench_orders_ok
\else
  do $$ begin raise exception 'accounts load-1..load-1000@bench.example are missing: load dataset.sql first'; end $$;
\endif
select setval(pg_get_serial_sequence('bench_order', 'id'), 60000) \gset bench_

-- What a run did, and the baseline's invariants ------------------------------------------------

create table bench_start as
select (select count(*) from bench_order) as orders,
       (select count(*) from bench_order where status = 'REFUNDED') as refunds,
       (select sum(version) from bench_seat) as seat_versions,
       now() as at;

-- sales and refunds since baseline-setup.sql; seat_changes counts both. A booking transaction that
-- lost the race for its seat (the optimistic update found another version) changes nothing, so
-- lost races = pgbench's transaction count - seat_changes.
create view bench_progress as
select (select count(*) from bench_order) - b.orders as sales,
       (select count(*) from bench_order where status = 'REFUNDED') - b.refunds as refunds,
       (select sum(version) from bench_seat) - b.seat_versions as seat_changes,
       (select count(*) from bench_seat where status = 'SOLD') as seats_sold_now,
       (select count(*) from bench_seat) as seats
from bench_start b;

-- one row per broken rule, like invariants.sql's checks of the application's tables
create view bench_violation (check_name, detail) as
select 'bench-double-live-ticket',
       'showtime ' || showtime_id || ' seat ' || seat_id || ': ' || count(*) || ' live tickets'
from bench_ticket where status <> 'CANCELLED'
group by showtime_id, seat_id having count(*) > 1
union all
select 'bench-sold-seat-without-live-ticket',
       'bench_seat ' || s.id || ' (showtime ' || s.showtime_id || ' seat ' || s.seat_id || ')'
from bench_seat s
where s.status = 'SOLD'
  and not exists (select 1 from bench_ticket t
                  where t.showtime_id = s.showtime_id and t.seat_id = s.seat_id
                    and t.status <> 'CANCELLED')
union all
select 'bench-live-ticket-seat-not-sold',
       'bench_ticket ' || t.id || ' (showtime ' || t.showtime_id || ' seat ' || t.seat_id || ')'
from bench_ticket t
where t.status <> 'CANCELLED'
  and not exists (select 1 from bench_seat s
                  where s.showtime_id = t.showtime_id and s.seat_id = t.seat_id
                    and s.status = 'SOLD')
union all
select 'bench-confirmed-order-without-live-ticket', 'bench_order ' || o.id
from bench_order o
where o.status = 'CONFIRMED'
  and not exists (select 1 from bench_ticket t where t.order_id = o.id and t.status <> 'CANCELLED')
union all
select 'bench-refunded-order-with-live-ticket', 'bench_order ' || o.id
from bench_order o
where o.status = 'REFUNDED'
  and exists (select 1 from bench_ticket t where t.order_id = o.id and t.status <> 'CANCELLED');

commit;

analyze bench_showtime, bench_seat, bench_order, bench_ticket;

select (select count(*) from bench_showtime) as showtimes,
       (select count(*) from bench_seat) as bench_seats,
       (select count(*) from bench_seat where status = 'SOLD') as sold,
       (select count(*) from bench_order) as bench_orders,
       (select count(*) from bench_ticket) as bench_tickets;
