-- The benchmark data set of the load tests: a programme large enough to load Marquee for real,
-- written straight into a database whose schema Flyway has migrated (V1..V6) and whose programme
-- is empty (an account or two, such as the one whose password hash is copied, may exist).
--
--   psql -h HOST -p PORT -U marquee -d marquee -v scale=1 -v hash="$HASH" -f load-tests/sql/dataset.sql
--
-- psql variables
--   scale  a positive integer (1, 4, 16 ...): 5*scale theaters, 240*scale showtimes, 1000*scale accounts
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
--   * every showtime's inventory: one AVAILABLE show_seat per seat, priced as PriceCalculator does
--     (STANDARD and WHEELCHAIR the base 1200; PREMIUM base + a quarter rounded up to a ten: 1500),
--     house copied from the seat (false);
--   * 1000*scale customers load-<n>@bench.example, display name "Load <n>", role CUSTOMER (an
--     account load-<n> that exists already is kept and only given the role).
-- Everything is set-based (INSERT ... SELECT over generate_series), so scale 16 (1.15 million
-- show_seat rows) takes seconds, not minutes. Then ANALYZE, and one line of counts.
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

-- Seat inventory: one AVAILABLE row per seat and showtime, priced like PriceCalculator.priceOf
-- (premium: base + (base + 3) / 4, rounded up to a whole ten), house copied from the seat
insert into show_seat (showtime_id, seat_id, status, price_cents, house)
select st.id,
       s.id,
       'AVAILABLE',
       case when s.category = 'PREMIUM'
            then (st.price_cents + (st.price_cents + 3) / 4)
                 + (10 - (st.price_cents + (st.price_cents + 3) / 4) % 10) % 10
            else st.price_cents end,
       s.house
from showtime st
     join seat s on s.auditorium_id = st.auditorium_id
where not exists (select 1 from show_seat x where x.showtime_id = st.id)
order by st.id, s.id;

-- Accounts --------------------------------------------------------------------------------------

insert into account (email, password_hash, display_name, created_at)
select 'load-' || n || '@bench.example', :'hash', 'Load ' || n, now()
from generate_series(1, 1000 * :scale) as n
where not exists (select 1 from account x where lower(x.email) = 'load-' || n || '@bench.example')
order by n;

insert into account_role (account_id, role)
select a.id, 'CUSTOMER'
from account a
     join generate_series(1, 1000 * :scale) as n on lower(a.email) = 'load-' || n || '@bench.example'
on conflict do nothing;

commit;

analyze movie, theater, auditorium, seat, showtime, show_seat, account, account_role;

select (select count(*) from movie) as movies,
       (select count(*) from theater) as theaters,
       (select count(*) from auditorium) as auditoriums,
       (select count(*) from showtime) as showtimes,
       (select count(*) from show_seat) as show_seats,
       (select count(*) from account where email like 'load-%@bench.example') as accounts;
