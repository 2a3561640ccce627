-- What must hold in the database after a load run, once the load has stopped and the payment
-- reconciler has had its turn (a payment is legitimately CAPTURED without an order for the moment
-- between the charge and the confirmation, and until the reconciler settles an interrupted purchase).
--
--   psql -h HOST -p PORT -U marquee -d marquee -v ON_ERROR_STOP=1 -At -f load-tests/sql/invariants.sql
--
-- No psql variables. Prints one line per violation, "<check>: <what>", then always the summary line
-- "invariants: <n> violations"; nothing else. The exit status is 0 either way (a script can test the
-- last line: grep -qx 'invariants: 0 violations'). All checks are one statement, so they read one
-- snapshot even if something still writes; it writes nothing and may run inside a caller's
-- transaction (psql -c 'begin' ... \i invariants.sql ... rollback).
--
-- The checks (the ones the brief asked for first, then their close relatives):
--   double-live-ticket                   a (showtime, seat) with two tickets not CANCELLED
--   confirmed-order-without-ticket       a CONFIRMED order with no ticket at all
--   sold-seat-without-live-ticket        a sold seat_claim (no hold) without a live ticket for its
--                                        (showtime, seat)
--   live-ticket-seat-not-sold            a live ticket whose seat has no sold claim (a held one, or
--                                        none: the seat reads free)
--   captured-payment-without-order       a CAPTURED payment with no order (the reconciler's backlog)
--   captured-payment-order-not-confirmed a CAPTURED payment whose order is REFUNDED
--   web-order-payment-mismatch           a CONFIRMED web order whose CAPTURED payments do not add up
--                                        to its total
--   confirmed-order-all-tickets-cancelled  a CONFIRMED order whose tickets are all CANCELLED
--   refunded-order-with-live-ticket      a REFUNDED order that still has a live ticket
--   order-total-not-ticket-prices        an order whose total is not the sum of its tickets' prices
--   ticket-price-not-seat-price          a ticket whose price is not its seat's at its showtime
--                                        (PriceCalculator: the showtime's price, premium a quarter
--                                        more rounded up to a ten)
--   claim-of-ended-hold                  a held seat_claim whose hold is not ACTIVE, or is another
--                                        showtime's, or ends at another time (a sale turns its
--                                        hold's claims into sold ones, a release or the reaper
--                                        deletes them, a takeover puts the new hold in the row)
-- "Live" is what the unique index ux_ticket_live_seat counts: any status but CANCELLED (VALID, USED).
-- With sold claims <-> live tickets one to one (the two directions above, the primary key of
-- seat_claim and the unique index), the number of sold claims of each showtime equals its number of
-- live tickets. A free seat has no claim, so there is nothing to check for it.
-- If baseline-setup.sql has run, the pgbench baseline's own checks (view bench_violation, bench-*)
-- are included.

\set QUIET on
select to_regclass('bench_violation') is not null as inv_has_bench \gset
\if :inv_has_bench
  \set inv_bench 'union all select check_name, detail from bench_violation'
\else
  \set inv_bench ''
\endif

with violation (check_name, detail) as (
    select 'double-live-ticket',
           'showtime ' || t.showtime_id || ' seat ' || t.seat_id || ': ' || count(*)
               || ' live tickets (' || string_agg(t.id::text, ', ' order by t.id) || ')'
    from ticket t
    where t.status <> 'CANCELLED'
    group by t.showtime_id, t.seat_id
    having count(*) > 1

    union all
    select 'confirmed-order-without-ticket',
           'order ' || o.id || ' (showtime ' || o.showtime_id || ', ' || o.channel || ')'
    from ticket_order o
    where o.status = 'CONFIRMED'
      and not exists (select 1 from ticket t where t.order_id = o.id)

    union all
    select 'sold-seat-without-live-ticket',
           'seat_claim (showtime ' || c.showtime_id || ' seat ' || c.seat_id || ')'
    from seat_claim c
    where c.hold_id is null
      and not exists (select 1 from ticket t
                      where t.showtime_id = c.showtime_id and t.seat_id = c.seat_id
                        and t.status <> 'CANCELLED')

    union all
    select 'live-ticket-seat-not-sold',
           'ticket ' || t.id || ' of order ' || t.order_id || ' (showtime ' || t.showtime_id
               || ' seat ' || t.seat_id || '): seat is '
               || coalesce((select 'held by hold ' || c.hold_id || ' until ' || c.held_until
                            from seat_claim c
                            where c.showtime_id = t.showtime_id and c.seat_id = t.seat_id),
                           'not claimed')
    from ticket t
    where t.status <> 'CANCELLED'
      and not exists (select 1 from seat_claim c
                      where c.showtime_id = t.showtime_id and c.seat_id = t.seat_id
                        and c.hold_id is null)

    union all
    select 'captured-payment-without-order',
           'payment ' || p.id || ' (' || p.method || ', ' || p.amount_cents || ' ' || p.currency
               || ', created ' || p.created_at || ')'
    from payment p
    where p.status = 'CAPTURED' and p.order_id is null

    union all
    select 'captured-payment-order-not-confirmed',
           'payment ' || p.id || ' of order ' || o.id || ' (' || o.status || ')'
    from payment p join ticket_order o on o.id = p.order_id
    where p.status = 'CAPTURED' and o.status <> 'CONFIRMED'

    union all
    select 'web-order-payment-mismatch',
           'order ' || o.id || ': total ' || o.total_cents || ' ' || o.currency || ', captured '
               || coalesce(sum(p.amount_cents), 0) || ' in ' || count(p.id) || ' payment(s)'
               || coalesce(' ' || string_agg(distinct p.currency, ','), '')
    from ticket_order o
         left join payment p on p.order_id = o.id and p.status = 'CAPTURED'
    where o.status = 'CONFIRMED' and o.channel = 'WEB'
    group by o.id
    having coalesce(sum(p.amount_cents), 0) <> o.total_cents
        or bool_or(p.currency <> o.currency)

    union all
    select 'confirmed-order-all-tickets-cancelled', 'order ' || o.id
    from ticket_order o
    where o.status = 'CONFIRMED'
      and exists (select 1 from ticket t where t.order_id = o.id)
      and not exists (select 1 from ticket t where t.order_id = o.id and t.status <> 'CANCELLED')

    union all
    select 'refunded-order-with-live-ticket', 'order ' || o.id
    from ticket_order o
    where o.status = 'REFUNDED'
      and exists (select 1 from ticket t where t.order_id = o.id and t.status <> 'CANCELLED')

    union all
    select 'order-total-not-ticket-prices',
           'order ' || o.id || ': total ' || o.total_cents || ', tickets ' || sum(t.price_cents)
    from ticket_order o
         join ticket t on t.order_id = o.id
    group by o.id
    having o.total_cents <> sum(t.price_cents)

    union all
    select 'ticket-price-not-seat-price',
           'ticket ' || t.id || ' (showtime ' || t.showtime_id || ' seat ' || t.seat_id || ', '
               || s.category || '): ' || t.price_cents || ', the seat costs ' || p.cents
    from ticket t
         join showtime st on st.id = t.showtime_id
         join seat s on s.id = t.seat_id
         cross join lateral (
             select case when s.category = 'PREMIUM'
                         then (st.price_cents + (st.price_cents + 3) / 4)
                              + (10 - (st.price_cents + (st.price_cents + 3) / 4) % 10) % 10
                         else st.price_cents end as cents) as p
    where t.price_cents <> p.cents

    union all
    select 'claim-of-ended-hold',
           'seat_claim (showtime ' || c.showtime_id || ' seat ' || c.seat_id || ') held by hold '
               || c.hold_id || coalesce(' (' || h.status || ', showtime ' || h.showtime_id
                                        || ', until ' || h.expires_at || ')', ' (missing)')
               || ' until ' || c.held_until
    from seat_claim c
         left join seat_hold h on h.id = c.hold_id
    where c.hold_id is not null
      and (h.id is null or h.status <> 'ACTIVE' or h.showtime_id <> c.showtime_id
           or h.expires_at <> c.held_until)

    :inv_bench
)
select line
from (select 0 as part, check_name || ': ' || detail as line from violation
      union all
      select 1, 'invariants: ' || count(*) || ' violations' from violation) as report
order by part, line;
