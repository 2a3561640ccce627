-- QueryPlansIT's data set: Marquee's schema (a copy of the tests' database, emptied) filled with
-- generate_series to sizes at which the planner prefers an index wherever one serves, with the
-- proportions of a year of a cinema chain's sales: 200,000 accounts, 50 theaters of 10 auditoriums
-- of 150 seats, 10,000 showtimes over a year (the last 500 ahead), 500,000 orders of 2 tickets,
-- their payments and gateway charges, holds, idempotency keys, audit events and the daily rollup.
-- Ids are given explicitly (the identity sequences are not used); foreign keys are not checked
-- while loading (session_replication_role = replica), every other constraint is.
-- Each statement is run on its own; a table the schema no longer has is skipped (see the guards).

set session_replication_role = replica;

insert into movie (id, title, synopsis, runtime_minutes, rating, genres, release_date)
select i, 'Movie ' || i, '', 90 + i % 60, 'PG', 'Drama', current_date - 400 + i % 420
from generate_series(1, 500) i;

insert into theater (id, name, city, address, time_zone)
select i, 'Theater ' || i, 'City ' || (i % 20), 'Street ' || i, 'Europe/Berlin'
from generate_series(1, 50) i;

insert into auditorium (id, theater_id, name)
select i, (i - 1) / 10 + 1, 'Hall ' || i from generate_series(1, 500) i;

-- seats of auditorium a: ids (a - 1) * 150 + 1 .. a * 150
insert into seat (id, auditorium_id, row_label, seat_number, category)
select (a - 1) * 150 + k, a, chr(64 + (k - 1) / 15 + 1), (k - 1) % 15 + 1,
       case when k > 140 then 'WHEELCHAIR' when k > 120 then 'PREMIUM' else 'STANDARD' end
from generate_series(1, 500) a, generate_series(1, 150) k;

-- showtime s: auditorium (s - 1) % 500 + 1, its slot (s - 1) / 500 every 18 days from 350 days ago
insert into showtime (id, movie_id, auditorium_id, starts_at, ends_at, clean_until, price_cents, currency, status)
select s, (s * 7) % 500 + 1, (s - 1) % 500 + 1, st, st + interval '2 hours', st + interval '2 hours 20 minutes',
       1000 + s % 500, 'EUR', case when s % 97 = 0 then 'CANCELLED' else 'SCHEDULED' end
from (select s, date_trunc('hour', now()) - interval '350 days' + ((s - 1) / 500) * interval '18 days'
             + ((s - 1) % 24) * interval '1 hour' as st
      from generate_series(1, 10000) s) x;

insert into account (id, email, password_hash, display_name, created_at)
select i, 'user' || i || '@example.com', 'x', 'User ' || i, now() - (i % 1000) * interval '1 day'
from generate_series(1, 200000) i;

insert into account_role (account_id, role)
select i, case when i <= 20 then 'ADMIN' when i <= 100 then 'CLERK' else 'CUSTOMER' end
from generate_series(1, 200000) i;

insert into payment_method (id, account_id, gateway_token, brand, last4, exp_month, exp_year, holder_name, created_at)
select i, i * 4, 'tok' || i, 'VISA', '4242', 1 + i % 12, 2030, 'User', now() - (i % 500) * interval '1 day'
from generate_series(1, 50000) i;

-- holds: the last 100 are active, for showtimes ahead
insert into seat_hold (id, account_id, showtime_id, status, expires_at, created_at)
select i, i % 200000 + 1, case when i > 299900 then 9500 + i % 500 + 1 else i % 10000 + 1 end,
       case when i > 299900 then 'ACTIVE' when i % 3 = 0 then 'EXPIRED' when i % 7 = 0 then 'RELEASED' else 'CONVERTED' end,
       now() - (300000 - i) * interval '100 seconds' + interval '10 minutes',
       now() - (300000 - i) * interval '100 seconds'
from generate_series(1, 300000) i;

-- orders: 50 per showtime (order o of showtime (o - 1) / 50 + 1), made in the 14 days before it
insert into ticket_order (id, account_id, clerk_id, channel, showtime_id, status, total_cents, currency, created_at, refunded_at)
select o, case when o % 5 = 0 then null else o % 200000 + 1 end, case when o % 5 = 0 then 21 + o % 80 end,
       case when o % 5 = 0 then 'BOX_OFFICE' else 'WEB' end, s.id,
       case when o % 20 = 0 then 'REFUNDED' else 'CONFIRMED' end, 2 * s.price_cents, 'EUR',
       least(s.starts_at, now()) - (o % 14) * interval '1 day' - (o % 1440) * interval '1 minute',
       case when o % 20 = 0 then least(s.starts_at, now()) - interval '1 hour' end
from generate_series(1, 500000) o join showtime s on s.id = (o - 1) / 50 + 1;

-- tickets: 2 per order, seats 1..100 of the showtime's auditorium
insert into ticket (id, code, order_id, showtime_id, seat_id, status, used_at, created_at, price_cents)
select t, md5(t::text), o.id, o.showtime_id, (s.auditorium_id - 1) * 150 + 1 + (t - 1) % 100,
       case when o.status = 'REFUNDED' then 'CANCELLED' when s.starts_at < now() and t % 3 > 0 then 'USED' else 'VALID' end,
       case when o.status <> 'REFUNDED' and s.starts_at < now() and t % 3 > 0 then s.starts_at end, o.created_at,
       s.price_cents
from generate_series(1, 1000000) t
join ticket_order o on o.id = (t - 1) / 2 + 1
join showtime s on s.id = o.showtime_id;

-- payments: one per order (a few open ones, a few without an order), holds for the first 300,000
insert into payment (id, order_id, account_id, method, gateway_reference, idempotency_key, amount_cents, currency, status,
                     created_at, updated_at, hold_id, gateway_token, node)
select o.id, case when o.id % 1000 = 7 then null else o.id end, o.account_id,
       case when o.channel = 'BOX_OFFICE' then 'CASH' else 'CARD' end, 'ch' || o.id, 'p' || o.id, o.total_cents, 'EUR',
       case when o.id % 1000 = 7 then 'CAPTURED' when o.id % 5000 = 3 then 'PENDING' when o.id % 5000 = 4 then 'REFUND_DUE'
            when o.status = 'REFUNDED' then 'REFUNDED' else 'CAPTURED' end,
       o.created_at, o.created_at, case when o.id <= 300000 then o.id end, 'tok' || (o.id % 50000 + 1),
       case when o.id % 5000 = 3 then 'node-' || (o.id % 4) end
from ticket_order o;

-- keys are kept 30 to 61 days (V15): the last two months' orders', in their months' partitions
select monthly_partitions_ensure('idempotency_key', now() - interval '61 days', now());
insert into idempotency_key (owner_id, idempotency_key, request_hash, order_id, response_status, created_at, payment_id, worker, attempts)
select o.account_id, 'k' || o.id, md5(o.id::text), o.id, 201, o.created_at, o.id,
       case when o.id % 10000 = 1 then 'node-1' end, 1
from ticket_order o where o.account_id is not null and o.id % 2 = 0
  and o.created_at > now() - interval '61 days';

insert into audit_event (id, at, actor, action, subject, detail)
select i, now() - (500000 - i) * interval '1 minute', 'user' || (i % 200000 + 1) || '@example.com',
       (array['ORDER_PLACED', 'ORDER_CANCELLED', 'TICKET_CHECKED_IN', 'SHOWTIME_SCHEDULED', 'MOVIE_CHANGED'])[1 + i % 5],
       'order ' || i, ''
from generate_series(1, 500000) i;

insert into sales_day (day, movie_id, orders, tickets, revenue_cents)
select current_date - d, m, 10, 20, 20000 from generate_series(1, 365) d, generate_series(1, 50) m;

insert into sales_day_rolled (day, rolled_at)
select current_date - d, now() from generate_series(1, 365) d;

insert into payment_gateway.card (token, brand, last4, exp_month, exp_year, holder_name, behaviour, idempotency_key, request_hash, created_at)
select 'tok' || i, 'VISA', '4242', 1 + i % 12, 2030, 'User', 'APPROVE', 'card' || i, md5(i::text), now()
from generate_series(1, 50000) i;

insert into payment_gateway.charge (id, idempotency_key, request_hash, token, amount_cents, currency, status, created_at, updated_at)
select 'ch' || p.id, p.idempotency_key, md5(p.id::text), 'tok' || (p.id % 50000 + 1), greatest(p.amount_cents, 1), 'EUR',
       case when p.status = 'REFUNDED' then 'REFUNDED' else 'CAPTURED' end, p.created_at, p.updated_at
from payment p where p.method <> 'CASH';

-- The seat inventory: a row per seat taken (seat_claim, V12), for the last 2,000 showtimes, the
-- ones with tickets sold
insert into seat_claim (showtime_id, seat_id)
select t.showtime_id, t.seat_id from ticket t where t.showtime_id > 8000 and t.status <> 'CANCELLED';

reset session_replication_role;
