-- pgbench, the claims inventory (claims_design.seat_claim, a row only for a taken seat): the same
-- toggle as inventory-rows-booking.sql (same -D variables, PGOPTIONS="-c search_path=claims_design"),
-- written the claims way:
--   * free (no row, or the row of a hold that has expired): one INSERT under the primary key
--     (showtime_id, seat_id) that takes an expired hold's row over (ON CONFLICT ... DO UPDATE ...
--     WHERE held_until <= now()); no row back: the seat was taken (sold, or held and still valid);
--     then the order and its ticket, which carries the price now;
--   * sold: its row DELETEd, its live ticket CANCELLED, its order REFUNDED.
-- The price comes from the auditorium's layout, which the application caches (it never changes):
-- here the seat's position (k > 240: rows M-O, PREMIUM, 1500 cents; else 1200), no query.
-- The first SELECT only decides which way this toggle goes (a refund starts from a ticket in the
-- application, a sale from a hold: neither needs it); it is kept so that both designs make the same
-- number of round trips, which, if anything, understates the claims design's gain.
-- Lost races as in inventory-rows-booking.sql.

\set st random(:st_first, :st_last)
\set aud :aud_first + (:st - :st_first) % :aud_count
\set k random(1, 300)
\set seat (:aud - 1) * 300 + :k
\set price case when :k > 240 then 1500 else 1200 end
\set buyer random(1, :accounts)
BEGIN;
SELECT count(*) FILTER (WHERE hold_id IS NULL) AS sold
  FROM seat_claim WHERE showtime_id = :st AND seat_id = :seat \gset
\if :sold
WITH freed AS (
  DELETE FROM seat_claim WHERE showtime_id = :st AND seat_id = :seat AND hold_id IS NULL
  RETURNING seat_id)
SELECT count(*) AS won FROM freed \gset
\if :won
UPDATE ticket SET status = 'CANCELLED', version = version + 1
  WHERE showtime_id = :st AND seat_id = :seat AND status <> 'CANCELLED'
  RETURNING order_id \gset
UPDATE ticket_order SET status = 'REFUNDED', refunded_at = now(), version = version + 1
  WHERE id = :order_id;
\endif
\else
WITH sold AS (
  INSERT INTO seat_claim (showtime_id, seat_id, hold_id, held_until)
  VALUES (:st, :seat, NULL, NULL)
  ON CONFLICT (showtime_id, seat_id) DO UPDATE
     SET hold_id = excluded.hold_id, held_until = excluded.held_until
   WHERE seat_claim.held_until <= now()
  RETURNING seat_id)
SELECT count(*) AS won FROM sold \gset
\if :won
INSERT INTO ticket_order (account_id, clerk_id, channel, showtime_id, status, total_cents, currency,
                          created_at)
  VALUES (:buyer, NULL, 'WEB', :st, 'CONFIRMED', :price, 'EUR', now())
  RETURNING id AS order_id \gset
INSERT INTO ticket (code, order_id, showtime_id, seat_id, status, created_at, price_cents)
  VALUES (replace(gen_random_uuid()::text, '-', ''), :order_id, :st, :seat, 'VALID', now(), :price);
\endif
\endif
END;
