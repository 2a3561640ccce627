-- pgbench, the claims inventory: the hold of inventory-rows-takeover.sql (read it), written the
-- claims way: the seat_hold row, then one INSERT of the seat's claim that takes the expired hold's
-- row over (ON CONFLICT (showtime_id, seat_id) DO UPDATE ... WHERE held_until <= now()). No row
-- back: the seat is taken (here only by a race), and the hold is rolled back. No read first: the
-- insert itself answers whether the seat was free.

\set st random(:st_first, :st_last)
\set aud :aud_first + (:st - :st_first) % :aud_count
\set seat (:aud - 1) * 300 + random(1, 300)
\set buyer random(1, :accounts)
BEGIN;
INSERT INTO seat_hold (account_id, showtime_id, status, expires_at, created_at)
  VALUES (:buyer, :st, 'ACTIVE', now(), now())
  RETURNING id AS hold_id \gset
WITH held AS (
  INSERT INTO seat_claim (showtime_id, seat_id, hold_id, held_until)
  VALUES (:st, :seat, :hold_id, now())
  ON CONFLICT (showtime_id, seat_id) DO UPDATE
     SET hold_id = excluded.hold_id, held_until = excluded.held_until
   WHERE seat_claim.held_until <= now()
  RETURNING seat_id)
SELECT count(*) AS won FROM held \gset
\if :won
END;
\else
ROLLBACK;
\endif
