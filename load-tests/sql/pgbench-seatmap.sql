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
-- The statement is the one Hibernate generates for the named query ShowSeat.BY_SHOWTIME ("select s
-- from ShowSeat s join fetch s.seat where s.showtime.id = :showtimeId order by
-- length(s.seat.rowLabel), s.seat.rowLabel, s.seat.number"): show_seat joined to seat, every column
-- of both entities, 300 rows. SeatAvailability.seatMap runs it on a miss of the seat-map cache; the
-- showtime it also needs comes from the second-level cache (Showtime is @Cacheable), so it is not
-- read here. A transaction around it, as the application's has (BEGIN/COMMIT).

\set r random(1, 1000000000)
BEGIN;
SELECT ss.id, ss.hold_id, ss.hold_expires_at, ss.house, ss.price_cents,
       s.id, s.auditorium_id, s.category, s.house, s.seat_number, s.row_label,
       ss.showtime_id, ss.status, ss.version
  FROM show_seat ss JOIN seat s ON s.id = ss.seat_id
  WHERE ss.showtime_id = (SELECT b.showtime_id FROM bench_showtime b
                          WHERE b.n = 1 + :r % (SELECT max(n) FROM bench_showtime))
  ORDER BY length(s.row_label), s.row_label, s.seat_number;
END;
