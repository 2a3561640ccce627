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
--   bench_place     n = 1..60000 -> the seats of the first 200 of them (200 x 300) with their
--                   prices (PriceCalculator's), what the application knows from its cached layouts
--                   and the showtime without asking the database: pgbench-booking.sql picks its seat
--                   here (by primary key) and counts on that number;
--   bench_claim     shaped like seat_claim: CREATE TABLE ... (LIKE seat_claim INCLUDING ALL) plus
--                   the same foreign keys (showtime, seat, seat_hold): same columns, check, primary
--                   key (showtime_id, seat_id), so a claim of it costs what a claim of seat_claim
--                   costs; a sold seat has a row (hold_id and held_until null), a free one none;
--   bench_order     shaped like ticket_order (LIKE ... INCLUDING ALL + the same foreign keys, to
--                   account and showtime);
--   bench_ticket    shaped like ticket (same unique code, same partial unique index on live tickets,
--                   price_cents, foreign keys to bench_order, showtime and seat).
-- The foreign keys point at the real showtime, seat and account rows, so every insert pays the same
-- key checks (and FOR KEY SHARE row locks) as the application's; those locks never block the
-- application, which changes no key.
--
-- Half of the places start sold, each with its sold claim and a CONFIRMED order of one ticket
-- (deterministically chosen; setseed), the other half free (no claim): pgbench-booking.sql sells a
-- free seat or takes a sold one back, whichever the random seat is, so starting at the 50% balance
-- makes the mix of sales and refunds about even from the first second. bench_start and the view
-- bench_progress count what a run did; the view bench_violation is the baseline's own invariants
-- (invariants.sql includes it when it exists).

\set ON_ERROR_STOP on
\set QUIET on
set client_min_messages = warning;

begin;

drop view if exists bench_progress, bench_violation;
drop table if exists bench_ticket, bench_order, bench_claim, bench_place, bench_seat, bench_showtime,
    bench_start;

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

-- Places: 200 showtimes x 300 seats = 60,000, n = 1..60000 ---------------------------------------

-- half of them sold, decided as they are written (so no row is updated, no dead rows yet); the
-- price as PriceCalculator.priceOf gives it (premium: base + (base + 3) / 4, rounded up to a ten)
select setseed(0.5) \gset bench_
create table bench_place (
    n            integer primary key,
    showtime_id  bigint  not null references showtime (id),
    seat_id      bigint  not null references seat (id),
    price_cents  integer not null,
    sold         boolean not null,  -- at the start only; bench_claim says what is sold now
    unique (showtime_id, seat_id)
);
insert into bench_place (n, showtime_id, seat_id, price_cents, sold)
select row_number() over (order by st.id, s.id), st.id, s.id,
       case when s.category = 'PREMIUM'
            then (st.price_cents + (st.price_cents + 3) / 4)
                 + (10 - (st.price_cents + (st.price_cents + 3) / 4) % 10) % 10
            else st.price_cents end,
       random() < 0.5
from bench_showtime b
     join showtime st on st.id = b.showtime_id
     join seat s on s.auditorium_id = st.auditorium_id
where b.n <= 200
order by st.id, s.id;

select count(*) = 60000 and max(n) = 60000 as bench_places_ok from bench_place \gset
\if :bench_places_ok
\else
  do $$ begin raise exception 'expected exactly 60000 bench places (200 showtimes of 300 seats)'; end $$;
\endif

create table bench_claim (like seat_claim including all);
alter table bench_claim
    add constraint fk_bench_claim_showtime foreign key (showtime_id) references showtime (id),
    add constraint fk_bench_claim_seat foreign key (seat_id) references seat (id),
    add constraint fk_bench_claim_hold foreign key (hold_id, showtime_id)
        references seat_hold (id, showtime_id);

insert into bench_claim (showtime_id, seat_id, hold_id, held_until)
select showtime_id, seat_id, null, null
from bench_place
where sold
order by showtime_id, seat_id;

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

-- one order of one ticket per sold place (order id = place n), bought by load-1..load-1000
insert into bench_order (id, account_id, clerk_id, channel, showtime_id, status, total_cents,
                         currency, created_at)
select p.n, a.id, null, 'WEB', p.showtime_id, 'CONFIRMED', p.price_cents, st.currency, now()
from bench_place p
     join showtime st on st.id = p.showtime_id
     join account a on lower(a.email) = 'load-' || (1 + p.n % 1000) || '@bench.example'
where p.sold
order by p.n;

insert into bench_ticket (code, order_id, showtime_id, seat_id, status, created_at, price_cents)
select replace(gen_random_uuid()::text, '-', ''), p.n, p.showtime_id, p.seat_id, 'VALID', now(),
       p.price_cents
from bench_place p
where p.sold
order by p.n;

select count(*) = (select count(*) from bench_place where sold) as bench_orders_ok
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
       now() as at;

-- sales and refunds since baseline-setup.sql; seat_changes counts both (a sale inserts a claim, a
-- refund deletes one, and each writes one order). A booking transaction that lost the race for its
-- seat (its insert or delete of the claim found the seat taken or freed by another) changes
-- nothing, so lost races = pgbench's transaction count - seat_changes.
create view bench_progress as
select (select count(*) from bench_order) - b.orders as sales,
       (select count(*) from bench_order where status = 'REFUNDED') - b.refunds as refunds,
       (select count(*) from bench_order) - b.orders
           + (select count(*) from bench_order where status = 'REFUNDED') - b.refunds
           as seat_changes,
       (select count(*) from bench_claim where hold_id is null) as seats_sold_now,
       (select count(*) from bench_place) as seats
from bench_start b;

-- one row per broken rule, like invariants.sql's checks of the application's tables
create view bench_violation (check_name, detail) as
select 'bench-double-live-ticket',
       'showtime ' || showtime_id || ' seat ' || seat_id || ': ' || count(*) || ' live tickets'
from bench_ticket where status <> 'CANCELLED'
group by showtime_id, seat_id having count(*) > 1
union all
select 'bench-sold-seat-without-live-ticket',
       'bench_claim (showtime ' || c.showtime_id || ' seat ' || c.seat_id || ')'
from bench_claim c
where c.hold_id is null
  and not exists (select 1 from bench_ticket t
                  where t.showtime_id = c.showtime_id and t.seat_id = c.seat_id
                    and t.status <> 'CANCELLED')
union all
select 'bench-live-ticket-seat-not-sold',
       'bench_ticket ' || t.id || ' (showtime ' || t.showtime_id || ' seat ' || t.seat_id || ')'
from bench_ticket t
where t.status <> 'CANCELLED'
  and not exists (select 1 from bench_claim c
                  where c.showtime_id = t.showtime_id and c.seat_id = t.seat_id
                    and c.hold_id is null)
union all
select 'bench-held-claim',
       'bench_claim (showtime ' || c.showtime_id || ' seat ' || c.seat_id || ') held by hold '
           || c.hold_id
from bench_claim c
where c.hold_id is not null  -- the baseline makes no holds
union all
select 'bench-confirmed-order-without-live-ticket', 'bench_order ' || o.id
from bench_order o
where o.status = 'CONFIRMED'
  and not exists (select 1 from bench_ticket t where t.order_id = o.id and t.status <> 'CANCELLED')
union all
select 'bench-refunded-order-with-live-ticket', 'bench_order ' || o.id
from bench_order o
where o.status = 'REFUNDED'
  and exists (select 1 from bench_ticket t where t.order_id = o.id and t.status <> 'CANCELLED')
union all
select 'bench-order-total-not-ticket-prices',
       'bench_order ' || o.id || ': total ' || o.total_cents || ', tickets ' || sum(t.price_cents)
from bench_order o join bench_ticket t on t.order_id = o.id
group by o.id
having o.total_cents <> sum(t.price_cents);

commit;

analyze bench_showtime, bench_place, bench_claim, bench_order, bench_ticket;

select (select count(*) from bench_showtime) as showtimes,
       (select count(*) from bench_place) as bench_places,
       (select count(*) from bench_claim) as sold,
       (select count(*) from bench_order) as bench_orders,
       (select count(*) from bench_ticket) as bench_tickets;
