-- pgbench, today's inventory: a hold of one random seat of the take-over show, every seat of which
-- is held by a hold that has expired (same -D variables as inventory-rows-booking.sql). The seat is
-- read; if it is free (AVAILABLE, or HELD past hold_expires_at, as ShowSeat.statusAt decides), a
-- seat_hold row is written and the seat updated to HELD by it, optimistically (version). The hold
-- expires the moment it is made (expires_at = now()), so the next transaction on that seat finds an
-- expired hold again: every transaction exercises the take-over of an expired hold, for as long as
-- the run lasts. A race lost between the read and the update rolls the hold back (the application's
-- SeatsUnavailableException does); inventory.sh counts holds made (seat_hold rows), and lost races
-- as transactions - holds made. Left out, the same in both designs: the showtime's FOR KEY SHARE
-- check and the account's limits (SaleLimits).

\set st random(:st_first, :st_last)
\set aud :aud_first + (:st - :st_first) % :aud_count
\set seat (:aud - 1) * 300 + random(1, 300)
\set buyer random(1, :accounts)
BEGIN;
SELECT id, version,
       (status = 'AVAILABLE' OR (status = 'HELD' AND hold_expires_at <= now()))::int AS free
  FROM show_seat WHERE showtime_id = :st AND seat_id = :seat \gset
\if :free
INSERT INTO seat_hold (account_id, showtime_id, status, expires_at, created_at)
  VALUES (:buyer, :st, 'ACTIVE', now(), now())
  RETURNING id AS hold_id \gset
WITH held AS (
  UPDATE show_seat SET status = 'HELD', hold_id = :hold_id, hold_expires_at = now(),
         version = version + 1
  WHERE id = :id AND version = :version RETURNING id)
SELECT count(*) AS won FROM held \gset
\if :won
END;
\else
ROLLBACK;
\endif
\else
END;
\endif
