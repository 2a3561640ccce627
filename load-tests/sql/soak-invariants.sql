-- What must hold after the soak (load-tests/soak.sh), besides invariants.sql: the promises of a
-- sale under faults, over the orders and payments the soak made (ids above the psql variables
-- orders_from and payments_from; the data set's past sales have no charges in the gateway's ledger).
-- Same output as invariants.sql: one line per violation, "<check>: <what>", then the summary line
-- "soak invariants: <n> violations". Reads only.
--
--   psql -v orders_from=N -v payments_from=M -At -f load-tests/sql/soak-invariants.sql
--
--   confirmed-order-of-cancelled-showtime   a CONFIRMED order whose showtime was cancelled
--   sold-seat-of-cancelled-showtime         a sold seat_claim of a cancelled showtime (the
--                                           cancellation frees every sold seat; its holds may stay
--                                           until they run out)
--   charge-without-confirmed-order          a charge in the gateway's ledger that holds money
--                                           (AUTHORIZED, CAPTURED) whose payment has no CONFIRMED order
--   purchase-holding-money-twice            two charges holding money for one purchase (the payments
--                                           of one Idempotency-Key share their derived key's first 44
--                                           characters)
--   confirmed-order-not-charged-once        a CONFIRMED web order without exactly one CAPTURED charge
--   payment-unsettled                       a payment still PENDING or REFUND_DUE once the load stopped
--                                           and the reconciler had its time

\set QUIET on
with violation (check_name, detail) as (
    select 'confirmed-order-of-cancelled-showtime', 'order ' || o.id || ', showtime ' || s.id
    from ticket_order o join showtime s on s.id = o.showtime_id
    where o.status = 'CONFIRMED' and s.status = 'CANCELLED' and o.id > :orders_from

    union all
    select 'sold-seat-of-cancelled-showtime', 'showtime ' || s.id || ' seat ' || c.seat_id
    from seat_claim c join showtime s on s.id = c.showtime_id
    where s.status = 'CANCELLED' and c.hold_id is null

    union all
    select 'charge-without-confirmed-order', 'charge ' || g.id || ' (' || g.status || '), payment ' || p.id
    from payment_gateway.charge g
         join payment p on p.idempotency_key = g.idempotency_key
         left join ticket_order o on o.id = p.order_id and o.status = 'CONFIRMED'
    where g.status in ('AUTHORIZED', 'CAPTURED') and o.id is null and p.id > :payments_from

    union all
    select 'purchase-holding-money-twice', left(p.idempotency_key, 44) || ': ' || count(*) || ' charges'
    from payment p join payment_gateway.charge g on g.idempotency_key = p.idempotency_key
    where length(p.idempotency_key) > 44 and g.status in ('AUTHORIZED', 'CAPTURED')
      and p.id > :payments_from
    group by left(p.idempotency_key, 44)
    having count(*) > 1

    union all
    select 'confirmed-order-not-charged-once', 'order ' || o.id
    from ticket_order o
    where o.status = 'CONFIRMED' and o.channel = 'WEB' and o.id > :orders_from
      and 1 <> (select count(*) from payment p
                join payment_gateway.charge g on g.idempotency_key = p.idempotency_key
                where p.order_id = o.id and g.status = 'CAPTURED')

    union all
    select 'payment-unsettled', 'payment ' || p.id || ' ' || p.status
    from payment p
    where p.status in ('PENDING', 'REFUND_DUE') and p.id > :payments_from
)
select line
from (select 0 as part, check_name || ': ' || detail as line from violation
      union all
      select 1, 'soak invariants: ' || count(*) || ' violations' from violation) as report
order by part, line;
