-- pgbench, today's inventory (rows_design.show_seat, a row per seat per showtime): one random seat
-- of a random showtime of st_first..st_last is sold if it is free, refunded if it is sold, as
-- pgbench-booking.sql toggles (read its header for why a toggle). Run by load-tests/inventory.sh
-- with PGOPTIONS="-c search_path=rows_design" and
--   -D st_first=.. -D st_last=..   the showtimes (one for the hot show, the programme ahead else)
--   -D aud_first=.. -D aud_count=..  their auditoriums: showtime st plays in
--                                  aud_first + (st - st_first) % aud_count (inventory-setup.sql)
--   -D accounts=..                 buyers 1..accounts
-- The seat is read by (showtime_id, seat_id) (ux_show_seat), as SeatTracker reads it, for its
-- version; the write is the optimistic "update ... where id = ? and version = ?":
--   * free (AVAILABLE, or HELD by a hold that has expired: the take-over path): SOLD, an order and
--     its ticket (PurchaseSteps.confirm);
--   * SOLD: back to AVAILABLE, its live ticket CANCELLED, its order REFUNDED (RefundSteps.cancel;
--     the history's orders of several seats are refunded seat by seat here).
-- A lost race (another client changed the seat since the read) updates nothing and writes nothing;
-- inventory.sh counts them as transactions - (tickets sold + tickets cancelled).

\set st random(:st_first, :st_last)
\set aud :aud_first + (:st - :st_first) % :aud_count
\set seat (:aud - 1) * 300 + random(1, 300)
\set buyer random(1, :accounts)
BEGIN;
SELECT id, version, price_cents, (status = 'SOLD')::int AS sold,
       (status = 'AVAILABLE' OR (status = 'HELD' AND hold_expires_at <= now()))::int AS free
  FROM show_seat WHERE showtime_id = :st AND seat_id = :seat \gset
\if :sold
WITH freed AS (
  UPDATE show_seat SET status = 'AVAILABLE', hold_id = NULL, hold_expires_at = NULL,
         version = version + 1
  WHERE id = :id AND version = :version RETURNING id)
SELECT count(*) AS won FROM freed \gset
\if :won
UPDATE ticket SET status = 'CANCELLED', version = version + 1
  WHERE showtime_id = :st AND seat_id = :seat AND status <> 'CANCELLED'
  RETURNING order_id \gset
UPDATE ticket_order SET status = 'REFUNDED', refunded_at = now(), version = version + 1
  WHERE id = :order_id;
\endif
\elif :free
WITH sold AS (
  UPDATE show_seat SET status = 'SOLD', hold_id = NULL, hold_expires_at = NULL,
         version = version + 1
  WHERE id = :id AND version = :version RETURNING id)
SELECT count(*) AS won FROM sold \gset
\if :won
INSERT INTO ticket_order (account_id, clerk_id, channel, showtime_id, status, total_cents, currency,
                          created_at)
  VALUES (:buyer, NULL, 'WEB', :st, 'CONFIRMED', :price_cents, 'EUR', now())
  RETURNING id AS order_id \gset
INSERT INTO ticket (code, order_id, showtime_id, seat_id, status, created_at)
  VALUES (replace(gen_random_uuid()::text, '-', ''), :order_id, :st, :seat, 'VALID', now());
\endif
\endif
END;
