-- The two seat inventories of issue 18 side by side in one database, filled with the same synthetic
-- history, for load-tests/inventory.sh (which runs the pgbench scripts inventory-*.sql on them).
--
--   psql -h HOST -p PORT -U marquee -d marquee -v pct=1 -f load-tests/sql/inventory-setup.sql
--
-- psql variables
--   pct  a percentage of the seed's month (1..100). The seed is 100 million tickets a month; at
--        cinema occupancies of 20-30 % (25 % here) a 300-seat showtime sells 75 tickets, so a month
--        is 1.33 million showtimes. One auditorium plays 4 showtimes a day, 120 a month, and sells
--        9,000 tickets a month: pct=1 is 111 auditoriums, 13,320 past showtimes and 999,000 tickets,
--        plus two weeks of programme ahead (6,216 showtimes, 12 % sold so far).
--
-- The schemas, each with its own copy of the few tables the inventory touches, shaped as Marquee's
-- migrations (V1, V4, V6, V10) make them, with the same checks, indexes and foreign keys:
--   rows_design    today: show_seat, a row for every seat of every showtime (status AVAILABLE, HELD
--                  or SOLD, the hold, the price, house, version), written when the showtime is
--                  scheduled and changed by optimistic updates;
--   claims_design  the candidate: seat_claim, a row only for a held or sold seat, under the primary
--                  key (showtime_id, seat_id); a free seat has no row; the price moves to the ticket
--                  (ticket.price_cents), computed from the auditorium's cached layout.
-- Both also hold movie, auditorium, seat (300 an auditorium), showtime (with the exclusion
-- constraint against overlaps), account, seat_hold, ticket_order and ticket. Left out of both, as
-- the same in both: theater, payment, idempotency keys, audit events.
-- gen holds the plan both are filled from (dropped at the end, so it counts in no size).
--
-- The plan. Showtime ids are numbered so that a pgbench script finds a showtime's auditorium and a
-- seat's id by arithmetic, as the application finds them in its cache, without a query:
--   showtime (d*4 + slot)*A + a  day d = 0..43 (0..29 the past month, 30..43 the two weeks ahead,
--                                from tomorrow), slot 0..3 (11:00, 14:30, 18:00, 21:30 UTC),
--                                auditorium a = 1..A, A = 111*pct
--   seat (a-1)*300 + k           k = 1..300: rows A..O of 20, A1-A4 WHEELCHAIR, rows M-O (k > 240)
--                                PREMIUM (1500 cents), the rest STANDARD (1200 cents)
--   the hot show 176*A + 1       "Opening Night" in auditorium A+1, the day after tomorrow, 50 % sold
--   the take-over show 176*A + 2 auditorium A+1, in three days, every seat held by a hold that has
--                                expired (the reaper has not come by yet)
-- Each row of a showtime is cut into blocks of 1 to 4 neighbouring seats (dataset.sql's patterns,
-- 2.5 seats a block on average); a block is one order with a probability of 25 % in the past month,
-- 12 % ahead and 50 % at the hot show; ahead, another 3 % of the blocks are held by a hold that has
-- expired. The choices are hashes (md5) of ids, not random(): two loads at one pct make the same
-- history, in both designs.
-- Physical order, which a seat map's read depends on: show_seat rows are written when a showtime is
-- scheduled (by showtime, then seat) and changed in place; claims, orders and tickets are written when
-- the seats sell, so they go in in the order of the purchases (created_at), a showtime's claims spread
-- over the weeks of its sales, as they would be in production.
--
-- Tables are loaded bare, then get their indexes and foreign keys (checked in one pass each, much
-- faster than row by row), then VACUUM ANALYZE. Run it again to start over.

\set ON_ERROR_STOP on
\set QUIET on
set client_min_messages = warning;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';

\if :{?pct}
\else
  do $$ begin raise exception 'psql variable pct is not set (-v pct=1)'; end $$;
\endif
select :'pct' ~ '^[1-9][0-9]?$|^100$' as inv_pct_ok \gset
\if :inv_pct_ok
\else
  do $$ begin raise exception 'pct must be an integer from 1 to 100'; end $$;
\endif
select 111 * :pct as auds, 10000 * :pct as accounts \gset

create extension if not exists btree_gist;
drop schema if exists gen, rows_design, claims_design cascade;

-- The plan ------------------------------------------------------------------------------------

create schema gen;

create unlogged table gen.showtime as
select (d * 4 + slot.k) * :auds + a as id,
       a as auditorium_id,
       1 + (a + d * 4 + slot.k) % 10 as movie_id,
       ((current_date + d - 30 + (d >= 30)::int) + slot.at) at time zone 'UTC' as starts_at,
       case when d < 30 then 25 else 12 end as sold_pct,
       case when d < 30 then 0 else 3 end as held_pct
from generate_series(0, 43) as d
     cross join (values (0, time '11:00'), (1, time '14:30'), (2, time '18:00'),
                        (3, time '21:30')) as slot (k, at)
     cross join generate_series(1, :auds) as a;
insert into gen.showtime
values (176 * :auds + 1, :auds + 1, 11, (current_date + 2 + time '20:00') at time zone 'UTC', 50, 0),
       (176 * :auds + 2, :auds + 1, 11, (current_date + 3 + time '20:00') at time zone 'UTC', 0, 100);

-- blocks of neighbouring seats and what became of each: 'S' sold (an order), 'H' held by a hold
-- that has expired, null: nobody took it
create unlogged table gen.block as
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
         select st.id as showtime_id, st.auditorium_id, st.starts_at, st.sold_pct, st.held_pct, r,
                b.first_n, b.last_n,
                md5('inventory-block:' || st.id || ':' || r || ':' || b.g) as h
         from gen.showtime st
              cross join generate_series(1, 15) as r
              join block b
                on b.p = ('x' || substr(md5('inventory-row:' || st.id || ':' || r), 1, 8))
                             ::bit(32)::bigint % 4),
     fate as (
         select c.*, ('x' || substr(c.h, 1, 8))::bit(32)::bigint % 100 as roll from candidate c)
select f.showtime_id, f.auditorium_id, f.r, f.first_n, f.last_n,
       case when f.roll < f.sold_pct then 'S' else 'H' end as fate,
       1 + ('x' || substr(f.h, 9, 8))::bit(32)::bigint % :accounts as account_id,
       -- bought (or held) 30 minutes to 3 days before the start
       f.starts_at - make_interval(mins => (30 + ('x' || substr(f.h, 17, 8))::bit(32)::bigint % 4320)::int)
           as created_at,
       f.starts_at
from fate f
where f.roll < f.sold_pct + f.held_pct;

-- orders and holds numbered in the order they were made
create unlogged table gen.sale as
select row_number() over (order by created_at, showtime_id, r, first_n) as order_id, b.*
from gen.block b where fate = 'S';
create unlogged table gen.hold as
select row_number() over (order by created_at, showtime_id, r, first_n) as hold_id, b.*
from gen.block b where fate = 'H';

-- every taken seat: its order or its hold, its price from the layout
create unlogged table gen.claim as
select x.showtime_id, (x.auditorium_id - 1) * 300 + (x.r - 1) * 20 + n as seat_id,
       case when x.r >= 13 then 1500 else 1200 end as price_cents,
       x.order_id, x.hold_id, x.account_id, x.created_at, x.starts_at
from (select showtime_id, auditorium_id, r, first_n, last_n, order_id, null::bigint as hold_id,
             account_id, created_at, starts_at
      from gen.sale
      union all
      select showtime_id, auditorium_id, r, first_n, last_n, null, hold_id, account_id, created_at,
             starts_at
      from gen.hold) as x
     cross join lateral generate_series(x.first_n, x.last_n) as n;
create index on gen.claim (showtime_id, seat_id);
analyze gen.showtime, gen.sale, gen.hold, gen.claim;

-- The two designs: the same tables, bare ------------------------------------------------------

\set design rows_design
\ir inventory-tables.sql
\set design claims_design
\ir inventory-tables.sql

-- The inventory of today: every seat of every showtime, as ProgrammeService.schedule writes it and
-- ShowSeat.sell / hold leave it (version 2 when held then sold, 1 when held)
create table rows_design.show_seat (
    id               bigint generated by default as identity primary key,
    showtime_id      bigint      not null,
    seat_id          bigint      not null,
    status           varchar(20) not null check (status in ('AVAILABLE', 'HELD', 'SOLD')),
    hold_id          bigint,
    hold_expires_at  timestamptz,
    price_cents      integer     not null check (price_cents >= 0),
    version          bigint      not null default 0,
    house            boolean     not null default false,
    constraint ck_show_seat_hold check ((status = 'HELD') = (hold_id is not null and hold_expires_at is not null))
);
insert into rows_design.show_seat (showtime_id, seat_id, status, hold_id, hold_expires_at,
                                   price_cents, version, house)
select st.id, s.id,
       case when c.order_id is not null then 'SOLD' when c.hold_id is not null then 'HELD'
            else 'AVAILABLE' end,
       c.hold_id,
       case when c.hold_id is not null then now() - interval '1 minute' end,
       case when s.category = 'PREMIUM' then 1500 else 1200 end,
       case when c.order_id is not null then 2 when c.hold_id is not null then 1 else 0 end,
       s.house
from gen.showtime st
     join rows_design.seat s on s.auditorium_id = st.auditorium_id
     left join gen.claim c on c.showtime_id = st.id and c.seat_id = s.id
order by st.id, s.id;

-- The candidate: a row for a taken seat only, written when it was taken
create table claims_design.seat_claim (
    showtime_id bigint not null,
    seat_id     bigint not null,
    hold_id     bigint,                        -- null: sold
    held_until  timestamptz,                   -- null: sold
    primary key (showtime_id, seat_id),
    constraint ck_seat_claim_hold check ((hold_id is null) = (held_until is null))
);
insert into claims_design.seat_claim (showtime_id, seat_id, hold_id, held_until)
select showtime_id, seat_id, hold_id,
       case when hold_id is not null then now() - interval '1 minute' end
from gen.claim
order by created_at, showtime_id, seat_id;

-- the ticket carries its price in the claims design, since no seat row does any more
alter table claims_design.ticket add column price_cents integer not null check (price_cents >= 0);

-- The same history in both ---------------------------------------------------------------------

\set design rows_design
\ir inventory-history.sql
\set design claims_design
\ir inventory-history.sql

-- Indexes and foreign keys, as the application's migrations have them ---------------------------

alter table rows_design.show_seat
    add constraint ux_show_seat unique (showtime_id, seat_id),
    add constraint fk_show_seat_showtime foreign key (showtime_id) references rows_design.showtime (id),
    add constraint fk_show_seat_seat foreign key (seat_id) references rows_design.seat (id),
    add constraint fk_show_seat_hold foreign key (hold_id) references rows_design.seat_hold (id);
create index ix_show_seat_hold on rows_design.show_seat (hold_id) where hold_id is not null;

alter table claims_design.seat_claim
    add constraint fk_seat_claim_showtime foreign key (showtime_id) references claims_design.showtime (id),
    add constraint fk_seat_claim_seat foreign key (seat_id) references claims_design.seat (id),
    add constraint fk_seat_claim_hold foreign key (hold_id) references claims_design.seat_hold (id);
-- a release deletes "where showtime_id = ? and hold_id = ?"; the reaper finds expired holds by
-- seat_hold's own index
create index ix_seat_claim_hold on claims_design.seat_claim (hold_id) where hold_id is not null;

\set design rows_design
\ir inventory-constraints.sql
\set design claims_design
\ir inventory-constraints.sql

drop schema gen cascade;

vacuum analyze;
checkpoint;

select (select count(*) from rows_design.showtime) as showtimes,
       (select count(*) from rows_design.show_seat) as show_seats,
       (select count(*) from claims_design.seat_claim) as seat_claims,
       (select count(*) from rows_design.ticket) as tickets,
       (select count(*) from rows_design.ticket_order) as orders,
       (select count(*) from rows_design.seat_hold) as holds;
