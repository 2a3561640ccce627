-- pgbench, the claims inventory: the seat map of a random showtime of the programme ahead as the
-- claims design reads it: the showtime's claims only (12-15 % of its seats here), by the primary
-- key's prefix. The auditorium's layout (its 300 seats, their rows, numbers, categories, prices) is
-- immutable and cached in the application, so it is not read here; the application merges the two.
-- inventory-claims-seatmap-layout.sql measures the cache miss.

\set st random(:st_first, :st_last)
BEGIN;
SELECT seat_id, hold_id, held_until FROM seat_claim WHERE showtime_id = :st;
END;
