-- Included by inventory-setup.sql, once per design (psql variable design; the plan in schema gen):
-- the holds, orders and tickets of the history, the same in both designs. A hold that has expired
-- is still ACTIVE (the reaper has not come by); an order is a web sale, CONFIRMED; a ticket of a
-- past showtime is USED 9 times in 10, else VALID, and VALID ahead. The claims design's ticket also
-- carries its price.

insert into :design.seat_hold (id, account_id, showtime_id, status, expires_at, created_at, version)
select hold_id, account_id, showtime_id, 'ACTIVE', now() - interval '1 minute',
       now() - interval '11 minutes', 0
from gen.hold
order by hold_id;

insert into :design.ticket_order (id, account_id, clerk_id, channel, showtime_id, status,
                                  total_cents, currency, created_at)
select s.order_id, s.account_id, null, 'WEB', s.showtime_id, 'CONFIRMED', t.total_cents, 'EUR',
       s.created_at
from gen.sale s
     join (select order_id, sum(price_cents) as total_cents from gen.claim
           where order_id is not null group by order_id) as t on t.order_id = s.order_id
order by s.order_id;

select :'design' = 'claims_design' as inv_priced \gset
\if :inv_priced
insert into :design.ticket (code, order_id, showtime_id, seat_id, status, used_at, created_at,
                            price_cents)
select md5('inventory-ticket:' || c.showtime_id || ':' || c.seat_id),
       c.order_id, c.showtime_id, c.seat_id,
       case when c.starts_at > now() then 'VALID'
            when (c.seat_id + c.showtime_id) % 10 = 0 then 'VALID'
            else 'USED' end,
       case when c.starts_at < now() and (c.seat_id + c.showtime_id) % 10 <> 0
            then c.starts_at - interval '10 minutes' end,
       c.created_at, c.price_cents
from gen.claim c
where c.order_id is not null
order by c.order_id, c.seat_id;
\else
insert into :design.ticket (code, order_id, showtime_id, seat_id, status, used_at, created_at)
select md5('inventory-ticket:' || c.showtime_id || ':' || c.seat_id),
       c.order_id, c.showtime_id, c.seat_id,
       case when c.starts_at > now() then 'VALID'
            when (c.seat_id + c.showtime_id) % 10 = 0 then 'VALID'
            else 'USED' end,
       case when c.starts_at < now() and (c.seat_id + c.showtime_id) % 10 <> 0
            then c.starts_at - interval '10 minutes' end,
       c.created_at
from gen.claim c
where c.order_id is not null
order by c.order_id, c.seat_id;
\endif
