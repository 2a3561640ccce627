-- pgbench: the read ceiling, the seat map of a random showtime of the benchmark data set (any but
-- the hot show, like ReadStormSimulation). Needs baseline-setup.sql (for bench_showtime).
--
--   pgbench -h HOST -p PORT -U marquee -n -M prepared -f load-tests/sql/pgbench-seatmap.sql \
--           -c 4 -j 2 -T 60 marquee
--
-- No -D variables: the showtime is bench_showtime's n-th, n random over all of them (whatever the
-- data set's scale), looked up inside the statement itself, so each transaction makes the one
-- round trip to the database that the application makes.
--
-- The statement is the one SeatMapService.claims runs on a miss of the seat-map cache: the
-- showtime's claims, "select seat_id, hold_id, held_until from seat_claim where showtime_id = ?",
-- through the primary key (showtime_id, seat_id); it returns one row per seat held or sold. The
-- rest of a seat map is not read: the auditorium's layout is cached for good on each node
-- (SeatLayouts: a layout never changes), and the showtime comes from the second-level cache
-- (Showtime is @Cacheable). As loaded, the data set has sold no seat of a showtime to come (its
-- sales are the past week's), so until a run sells some the statement finds no row: an index probe
-- and a round trip, which is what the application's seat-map misses cost on those showtimes too. A
-- transaction around it, as the application's has (BEGIN/COMMIT).

\set r random(1, 1000000000)
BEGIN;
SELECT seat_id, hold_id, held_until
  FROM seat_claim
  WHERE showtime_id = (SELECT b.showtime_id FROM bench_showtime b
                       WHERE b.n = 1 + :r % (SELECT max(n) FROM bench_showtime));
END;
