-- The benchmark data set of the load tests: a programme large enough to load Marquee for real, and
-- a week of past sales behind it, written straight into a database whose schema Flyway has migrated
-- (V1..V12: the seat inventory is seat_claim, V12) and whose programme is empty (an account or two,
-- such as the one whose password hash is copied, may exist).
--
--   psql -h HOST -p PORT -U marquee -d marquee -v scale=1 -v hash="$HASH" -f load-tests/sql/dataset.sql
--
-- psql variables
--   scale  a positive integer (1, 4, 16 ...): 5*scale theaters, 240*scale showtimes to come and
--          560*scale past ones, 1000*scale accounts, about 100,000*scale tickets sold
--   hash   a password_hash copied from an account the application made (it hashes passwords its own
--          way); every generated account gets it, so all of them share that account's password
--          (the Gatling simulations expect bench-password)
--
-- What it makes, in one transaction (all of it or none of it), the way the application would:
--   * 10 movies "Bench Movie 1".."Bench Movie 10" (100..140 min, PG-13, Drama, released a month
--     ago) and "Opening Night" (120 min), the hot show's movie;
--   * 5*scale theaters "Bench Theater <n>" in "Bench City 1".."Bench City 5" (in turn), Europe/Berlin,
--     each with auditoriums "Screen 1".."Screen 4" of 300 seats: rows A..O of 20 seats, A1-A4
--     WHEELCHAIR, rows M, N, O PREMIUM, the rest STANDARD, no house seats;
--   * in each of those auditoriums 4 showtimes a day (11:00, 14:30, 18:00, 21:30 Berlin time) on the
--     3 days after today (Berlin), movies in turn, ends_at = start + runtime, clean_until = ends_at +
--     15 minutes (the application's default cleaning time), 1200 EUR cents, SCHEDULED;
--   * the hot show: theater "Bench Premiere" (Bench City 1) with one such auditorium, "Opening Night"
--     the day after tomorrow at 20:00 Berlin time, same price;
--   * no seat inventory for the showtimes to come: a free seat has no row (seat_claim keeps a row
--     only for a seat held or sold, V12), and the data set holds no seat for anybody;
--   * 1000*scale customers load-<n>@bench.example, display name "Load <n>", role CUSTOMER, signed up
--     30 days ago (an account load-<n> that exists already is kept and only given the role);
--   * the history: the same 4 showtimes a day, same rotation, in every "Bench Theater" auditorium on
--     the 7 days before today (Berlin), still SCHEDULED (a showtime that was shown keeps its status),
--     each about 60 % sold on the web, as PurchaseSteps.confirm and CheckInService leave a sale:
--       - a sold seat_claim (hold_id and held_until null) for each seat sold, as SeatTracker.sell
--         leaves it; the seats not sold have no row;
--       - ticket_order WEB, CONFIRMED, by one of the load-<n> customers, 1 to 4 neighbouring seats
--         of a row, total = the seats' prices, EUR, made 30 minutes to 2.4 days before the start;
--       - payment CARD, CAPTURED, amount = total, with its own idempotency key ("pay_" + 32 hex) and
--         gateway reference ("ch_" + 32 hex), written 2 s before its order, captured 1 s before;
--       - one ticket per seat sold, priced as PriceCalculator prices its seat (STANDARD and
--         WHEELCHAIR the base 1200; PREMIUM base + a quarter rounded up to a ten: 1500), a
--         27-character URL-safe code like the application's; 9 in 10 USED (checked in 20 minutes
--         before to 5 minutes after the start), the rest VALID (no-shows, which the application
--         shows as expired).
--     Which seats sell, who buys and when, and who comes, are hashes (md5) of ids, not random(), so
--     two loads at one scale make the same history (given the same day). The history is written
--     after the programme to come, which keeps the ids it had without it.
--     Not written: what a sale leaves outside these tables (the CONVERTED seat_hold, the
--     simulated gateway's payment_gateway.card and .charge, the SALE and CHECK_IN audit_event
--     rows): invariants.sql does
--     not compare with them, nothing in the load tests reads them for past showtimes, and they would
--     add some 4 million rows more at scale 16.
-- Everything is set-based (INSERT ... SELECT over generate_series and joins). The seat claims are
-- exactly the tickets: one per seat sold, none for the future showtimes, about 100,000 * scale.
-- Measured once (2026-12-05): scale 1 wrote 100,682 claims and tickets and 40,272 orders and
-- payments in 25 s on a two-core machine busy with other work (show_seat held 240,300 rows at
-- that scale, one per seat and showtime); the larger scales have not been measured again since
-- seat_claim replaced show_seat.
-- Then ANALYZE, and one line of counts: movies, theaters, auditoriums, showtimes, seat_claims
-- (the seats held or sold: every row of seat_claim, which here are the past sales' sold seats;
-- the column once counted show_seat's row per seat and showtime), accounts, tickets, orders.
--
-- Run it once: it refuses a database that already holds movies or theaters.

\set ON_ERROR_STOP on
\set QUIET on

\if :{?scale}
\else
  \echo 'dataset.sql: give the size with -v scale=N (1, 4, 16 ...)'
  do $$ begin raise exception 'psql variable scale is not set'; end $$;
\endif
\if :{?hash}
\else
  \echo 'dataset.sql: give a password hash with -v hash=... (copied from an account the application made)'
  do $$ begin raise exception 'psql variable hash is not set'; end $$;
\endif

select :'scale' ~ '^[1-9][0-9]{0,3}$' as bench_scale_ok,
       length(:'hash') between 1 and 512 as bench_hash_ok,
       exists (select 1 from movie) or exists (select 1 from theater) as bench_not_empty
\gset
\if :bench_scale_ok
\else
  do $$ begin raise exception 'scale must be a positive integer (at most 9999)'; end $$;
\endif
\if :bench_hash_ok
\else
  do $$ begin raise exception 'hash must be 1 to 512 characters'; end $$;
\endif
\if :bench_not_empty
  do $$ begin raise exception 'the programme is not empty: dataset.sql runs once, on an empty programme'; end $$;
\endif

begin;

-- Movies ----------------------------------------------------------------------------------------

insert into movie (title, synopsis, runtime_minutes, rating, genres, release_date)
select 'Bench Movie ' || i,
       'A movie of the benchmark data set.',
       100 + round((i - 1) * 40 / 9.0)::int,                 -- 100, 104, 109 ... 136, 140
       'PG-13',
       'Drama',
       ((now() at time zone 'Europe/Berlin')::date - interval '1 month')::date
from generate_series(1, 10) as i
order by i;

insert into movie (title, synopsis, runtime_minutes, rating, genres, release_date)
values ('Opening Night', 'The hot show of the benchmark data set: everybody wants a seat.', 120,
        'PG-13', 'Drama', ((now() at time zone 'Europe/Berlin')::date - interval '1 month')::date);

-- Theaters, auditoriums, seats --------------------------------------------------------------------

insert into theater (name, city, address, time_zone)
select 'Bench Theater ' || t,
       'Bench City ' || ((t - 1) % 5 + 1),
       t || ' Bench Street, Bench City ' || ((t - 1) % 5 + 1),
       'Europe/Berlin'
from generate_series(1, 5 * :scale) as t
order by t;

insert into theater (name, city, address, time_zone)
values ('Bench Premiere', 'Bench City 1', '1 Premiere Plaza, Bench City 1', 'Europe/Berlin');

insert into auditorium (theater_id, name)
select th.id, 'Screen ' || a
from theater th cross join generate_series(1, 4) as a
where th.name like 'Bench Theater %'
order by th.id, a;

insert into auditorium (theater_id, name)
select th.id, 'Screen 1' from theater th where th.name = 'Bench Premiere';

-- rows A..O of 20; A1-A4 wheelchair places, the back three rows premium; no house seats
insert into seat (auditorium_id, row_label, seat_number, category, house)
select a.id,
       chr(64 + r),
       n,
       case when r = 1 and n <= 4 then 'WHEELCHAIR'
            when r >= 13 then 'PREMIUM'
            else 'STANDARD' end,
       false
from auditorium a
     join theater th on th.id = a.theater_id
     cross join generate_series(1, 15) as r
     cross join generate_series(1, 20) as n
where th.name like 'Bench %'
order by a.id, r, n;

-- Showtimes -------------------------------------------------------------------------------------

-- 4 a day for 3 days in every regular auditorium, movies in turn both ways: the i-th auditorium's
-- j-th showtime shows movie (i + j) mod 10, so an auditorium changes movie every showtime and every
-- time slot shows all ten movies (at scale 1, each twice)
insert into showtime (movie_id, auditorium_id, starts_at, ends_at, clean_until, price_cents, currency,
                      status)
select m.id,
       p.auditorium_id,
       p.starts_at,
       p.starts_at + make_interval(mins => m.runtime_minutes),
       p.starts_at + make_interval(mins => m.runtime_minutes + 15),
       1200,
       'EUR',
       'SCHEDULED'
from (select a.id as auditorium_id,
             ((now() at time zone 'Europe/Berlin')::date + d + slot.at) at time zone 'Europe/Berlin'
                 as starts_at,
             dense_rank() over (order by a.id) - 1 + (d - 1) * 4 + slot.k as seq
      from auditorium a
           join theater th on th.id = a.theater_id
           cross join generate_series(1, 3) as d
           cross join (values (0, time '11:00'), (1, time '14:30'), (2, time '18:00'),
                              (3, time '21:30')) as slot (k, at)
      where th.name like 'Bench Theater %') as p
     join (select id, runtime_minutes, row_number() over (order by id) - 1 as k
           from movie where title like 'Bench Movie %') as m
       on m.k = p.seq % 10
order by p.auditorium_id, p.starts_at;

-- the hot show, the day after tomorrow at 20:00 in Berlin
insert into showtime (movie_id, auditorium_id, starts_at, ends_at, clean_until, price_cents, currency,
                      status)
select m.id,
       a.id,
       h.starts_at,
       h.starts_at + make_interval(mins => m.runtime_minutes),
       h.starts_at + make_interval(mins => m.runtime_minutes + 15),
       1200,
       'EUR',
       'SCHEDULED'
from movie m
     cross join (auditorium a join theater th on th.id = a.theater_id)
     cross join (select ((now() at time zone 'Europe/Berlin')::date + 2 + time '20:00')
                        at time zone 'Europe/Berlin' as starts_at) as h
where m.title = 'Opening Night' and th.name = 'Bench Premiere';

-- Seat inventory: none. A showtime to come has every seat free, and a free seat has no row.

-- Accounts --------------------------------------------------------------------------------------

-- signed up a month ago, before the history below bought anything
insert into account (email, password_hash, display_name, created_at)
select 'load-' || n || '@bench.example', :'hash', 'Load ' || n, now() - interval '30 days'
from generate_series(1, 1000 * :scale) as n
where not exists (select 1 from account x where lower(x.email) = 'load-' || n || '@bench.example')
order by n;

insert into account_role (account_id, role)
select a.id, 'CUSTOMER'
from account a
     join generate_series(1, 1000 * :scale) as n on lower(a.email) = 'load-' || n || '@bench.example'
on conflict do nothing;

-- History: the week before today ---------------------------------------------------------------
--
-- What a week of web sales would have left behind, written as the application writes a sale (see
-- PurchaseSteps.confirm): the seats' claims sold, a CONFIRMED order, a CAPTURED card payment tied
-- to it, one ticket per seat at its price; most tickets then checked in at the door
-- (CheckInService). Deterministic: every choice is a hash (md5) of ids, so two loads of one scale
-- make the same history.

-- The showtimes: the same 4 a day in every regular auditorium on the 7 days before today (Berlin),
-- the rotation carried backwards (the j-th showtime shows movie (i + j) mod 10, j < 0 now), ends and
-- cleaning as for the future ones. SCHEDULED: nothing changes the status of a showtime once it has
-- been shown (only cancelling does). Written after the future ones, so those keep the ids they had
-- without the history (and baseline-setup.sql's first 200 showtimes are still future ones).
insert into showtime (movie_id, auditorium_id, starts_at, ends_at, clean_until, price_cents, currency,
                      status)
select m.id,
       p.auditorium_id,
       p.starts_at,
       p.starts_at + make_interval(mins => m.runtime_minutes),
       p.starts_at + make_interval(mins => m.runtime_minutes + 15),
       1200,
       'EUR',
       'SCHEDULED'
from (select a.id as auditorium_id,
             ((now() at time zone 'Europe/Berlin')::date + d + slot.at) at time zone 'Europe/Berlin'
                 as starts_at,
             dense_rank() over (order by a.id) - 1 + (d - 1) * 4 + slot.k as seq
      from auditorium a
           join theater th on th.id = a.theater_id
           cross join generate_series(-7, -1) as d
           cross join (values (0, time '11:00'), (1, time '14:30'), (2, time '18:00'),
                              (3, time '21:30')) as slot (k, at)
      where th.name like 'Bench Theater %') as p
     join (select id, runtime_minutes, row_number() over (order by id) - 1 as k
           from movie where title like 'Bench Movie %') as m
       on m.k = (p.seq % 10 + 10) % 10
order by p.auditorium_id, p.starts_at;

-- The customers by number: load-<n> -> account id
create temp table history_customer on commit drop as
select n, a.id as account_id
from account a
     join generate_series(1, 1000 * :scale) as n on lower(a.email) = 'load-' || n || '@bench.example';

-- The orders, planned: each row of a past showtime is cut into blocks of 1 to 4 neighbouring seats
-- (one of four patterns of eight blocks, 20 seats, picked per showtime and row), and a block is one
-- order with a chance of 60 %, so about 60 % of the seats are sold, 2.5 to an order on average. From
-- the block's md5: whether it sold, the buyer (load-1 .. load-<1000*scale>), and how long before the
-- showtime it was bought (30 minutes to 2.4 days, mostly the same day). Order ids are given
-- here, in the order of purchase, as the application's identity column would have given them.
create temp table history_sale on commit drop as
with pattern (p, g, size) as (
         values (0, 1, 2), (0, 2, 2), (0, 3, 3), (0, 4, 1), (0, 5, 4), (0, 6, 2), (0, 7, 2), (0, 8, 4),
                (1, 1, 4), (1, 2, 3), (1, 3, 2), (1, 4, 1), (1, 5, 2), (1, 6, 4), (1, 7, 2), (1, 8, 2),
                (2, 1, 1), (2, 2, 2), (2, 3, 2), (2, 4, 4), (2, 5, 3), (2, 6, 2), (2, 7, 2), (2, 8, 4),
                (3, 1, 3), (3, 2, 2), (3, 3, 4), (3, 4, 2), (3, 5, 1), (3, 6, 4), (3, 7, 2), (3, 8, 2)),
     block as (
         select p, g,
                sum(size) over (partition by p order by g) - size + 1 as first_n,
                sum(size) over (partition by p order by g) as last_n
         from pattern),
     candidate as (
         select st.id as showtime_id, st.auditorium_id, st.starts_at, chr(64 + r) as row_label,
                b.first_n, b.last_n,
                md5('bench-history-order:' || st.id || ':' || r || ':' || b.g) as h
         from showtime st
              cross join generate_series(1, 15) as r
              join block b
                on b.p = ('x' || substr(md5('bench-history-row:' || st.id || ':' || r), 1, 8))
                             ::bit(32)::bigint % 4
         where st.starts_at < now()),
     sold as (
         select c.showtime_id, c.auditorium_id, c.starts_at, c.row_label, c.first_n, c.last_n,
                1 + ('x' || substr(c.h, 9, 8))::bit(32)::bigint % (1000 * :scale) as customer,
                c.starts_at - make_interval(
                    mins => (30 + (('x' || substr(c.h, 17, 8))::bit(32)::bigint % 60)
                                * (('x' || substr(c.h, 25, 8))::bit(32)::bigint % 60))::int)
                    as created_at
         from candidate c
         where ('x' || substr(c.h, 1, 8))::bit(32)::bigint % 100 < 60)
select coalesce((select max(id) from ticket_order), 0)
           + row_number() over (order by s.created_at, s.showtime_id, s.row_label, s.first_n)
           as order_id,
       s.showtime_id, s.auditorium_id, s.starts_at, s.row_label, s.first_n, s.last_n,
       bc.account_id, s.created_at
from sold s
     join history_customer bc on bc.n = s.customer;
analyze history_sale;

-- The seats the planned orders sold, each with its order, priced like PriceCalculator.priceOf
-- (premium: base + (base + 3) / 4, rounded up to a whole ten), so that an order's total is the
-- sum of its tickets' prices, as PurchaseSteps sums them. The seats nobody bought are not written.
create temp table history_seat on commit drop as
select st.id as showtime_id,
       s.id as seat_id,
       case when s.category = 'PREMIUM'
            then (st.price_cents + (st.price_cents + 3) / 4)
                 + (10 - (st.price_cents + (st.price_cents + 3) / 4) % 10) % 10
            else st.price_cents end as price_cents,
       o.order_id
from history_sale o
     join showtime st on st.id = o.showtime_id
     join seat s on s.auditorium_id = st.auditorium_id and s.row_label = o.row_label
                and s.seat_number between o.first_n and o.last_n
order by st.id, s.id;
analyze history_seat;

-- the seat inventory's partitions for every showtime written above (the application makes them
-- when it schedules a showtime; a script that writes showtimes itself must ask: V14)
select seat_partitions_ensure((select max(id) from showtime)) \gset bench_

-- Their claims: sold, as SeatTracker.sell leaves a seat (hold_id and held_until null; the hold
-- that held it before is not written, see above)
insert into seat_claim (showtime_id, seat_id, hold_id, held_until)
select showtime_id, seat_id, null, null
from history_seat
order by showtime_id, seat_id;

-- The orders: on the web, by the customer, CONFIRMED, the seats' prices in the showtime's currency
insert into ticket_order (id, account_id, clerk_id, channel, showtime_id, status, total_cents,
                          currency, created_at, refunded_at, version)
select o.order_id, o.account_id, null, 'WEB', o.showtime_id, 'CONFIRMED', t.total_cents,
       st.currency, o.created_at, null, 0
from history_sale o
     join (select order_id, sum(price_cents) as total_cents
           from history_seat group by order_id) as t
       on t.order_id = o.order_id
     join showtime st on st.id = o.showtime_id
order by o.order_id;

select setval(pg_get_serial_sequence('ticket_order', 'id'), max(id)) from ticket_order \gset bench_

-- One card payment per order, as a typed card leaves it: written PENDING when the seats were held
-- (2 s before the order), CAPTURED with the gateway's charge id a second later, then tied to the
-- order (version 2); the key and the charge id shaped like the application's ("pay_"/"ch_" + 32 hex)
insert into payment (order_id, account_id, method, gateway_reference, idempotency_key, amount_cents,
                     currency, status, decline_reason, created_at, updated_at, version)
select o.id, o.account_id, 'CARD',
       'ch_' || md5('bench-history-charge:' || o.id),
       'pay_' || md5('bench-history-payment:' || o.id),
       o.total_cents, o.currency, 'CAPTURED', null,
       o.created_at - interval '2 seconds',
       o.created_at - interval '1 second',
       2
from ticket_order o
     join history_sale b on b.order_id = o.id
order by o.id;

-- One ticket per sold seat, issued with its order at its seat's price; its code shaped like
-- Ticket.newCode (20 bytes, URL-safe base64, 27 characters), from a sha256 of its showtime and
-- seat. 9 in 10 were checked in at the door (USED, version 1), from 20 minutes before the start to
-- 5 minutes after; the rest stayed VALID (no-shows: the application shows them expired, the
-- showtime having ended).
insert into ticket (code, order_id, showtime_id, seat_id, status, used_at, created_at, version,
                    price_cents)
select translate(rtrim(encode(substr(sha256(convert_to(
           'bench-history-ticket:' || t.showtime_id || ':' || t.seat_id, 'UTF8')), 1, 20), 'base64'),
           '='), '+/', '-_'),
       t.order_id,
       t.showtime_id,
       t.seat_id,
       case when t.used then 'USED' else 'VALID' end,
       case when t.used then t.starts_at + make_interval(secs => t.h / 100 % 1500 - 1200) end,
       t.created_at,
       case when t.used then 1 else 0 end,
       t.price_cents
from (select s.order_id, s.showtime_id, s.seat_id, s.price_cents, o.starts_at, o.created_at, d.h,
             d.h % 100 < 90 as used
      from history_seat s
           join history_sale o on o.order_id = s.order_id
           cross join lateral (
               select ('x' || substr(md5('bench-history-door:' || s.showtime_id || ':' || s.seat_id),
                                     1, 8))::bit(32)::bigint as h) as d) as t
order by t.order_id, t.seat_id;

commit;

analyze movie, theater, auditorium, seat, showtime, seat_claim, account, account_role, ticket_order,
        payment, ticket;

select (select count(*) from movie) as movies,
       (select count(*) from theater) as theaters,
       (select count(*) from auditorium) as auditoriums,
       (select count(*) from showtime) as showtimes,
       (select count(*) from seat_claim) as seat_claims,
       (select count(*) from account where email like 'load-%@bench.example') as accounts,
       (select count(*) from ticket) as tickets,
       (select count(*) from ticket_order) as orders;
