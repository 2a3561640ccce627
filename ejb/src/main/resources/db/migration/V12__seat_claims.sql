-- The seat inventory follows the seats taken, not the seats that exist.
--
-- show_seat kept a row for every seat of every showtime, sold or not: at the seed's rate (100
-- million tickets a month, cinemas 20-30 % full) some 400 million rows a month, most of them for
-- seats nobody bought, and scheduling a showtime wrote a row per seat. seat_claim keeps a row only
-- for a seat that is held or sold: a hold inserts its seats under the primary key (showtime, seat),
-- and the key decides which of two racing holds gets a seat; the seat of a hold that ran out is
-- taken over by the next hold or sale in the same statement (insert ... on conflict do update
-- where the old hold has expired); a release or a refund deletes the row. A free seat has no row.
-- What a seat is (row, number, category, house seat) is the auditorium's layout, immutable and
-- cached by the application; the price follows from the showtime's price and the category.
-- src-docs/inventory.md has the measurements that decided it.
create table seat_claim (
    showtime_id  bigint      not null references showtime (id),
    seat_id      bigint      not null references seat (id),
    -- the hold that holds the seat until held_until; both null once the seat is sold
    hold_id      bigint      references seat_hold (id),
    held_until   timestamptz,
    primary key (showtime_id, seat_id),
    constraint ck_seat_claim_hold check ((hold_id is null) = (held_until is null))
);

insert into seat_claim (showtime_id, seat_id, hold_id, held_until)
select showtime_id, seat_id, hold_id, hold_expires_at
from show_seat
where status in ('HELD', 'SOLD');

-- A ticket remembers what it cost (the seat rows that knew it are gone). On a big database, run
-- this backfill in batches before the migration (the column may be added ahead of it).
alter table ticket add column price_cents integer;
update ticket t set price_cents = s.price_cents
from show_seat s
where s.showtime_id = t.showtime_id and s.seat_id = t.seat_id;
update ticket set price_cents = 0 where price_cents is null;
alter table ticket alter column price_cents set not null;
alter table ticket add constraint ck_ticket_price check (price_cents >= 0);

drop table show_seat;
