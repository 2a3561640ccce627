-- pgbench, today's inventory: scheduling a showtime, as ProgrammeService.schedule writes it: the
-- showtime (under the exclusion constraint against overlaps), then one AVAILABLE show_seat per seat
-- of its auditorium, priced, in one INSERT ... SELECT per seat category (300 rows in all). Each
-- transaction takes the next free slot of schedule_slot, three hours apart from 2100 on, in a random
-- auditorium of 1..aud_count, so none overlaps another. Left out, the same in both designs: the
-- application's overlap query before the insert, and the audit entry.

\set aud random(1, :aud_count)
\set movie random(1, 10)
BEGIN;
INSERT INTO showtime (movie_id, auditorium_id, starts_at, ends_at, clean_until, price_cents, currency,
                      status)
  SELECT :movie, :aud, t, t + interval '120 minutes', t + interval '135 minutes', 1200, 'EUR',
         'SCHEDULED'
  FROM (SELECT timestamptz '2100-01-01 00:00Z' + nextval('schedule_slot') * interval '3 hours' AS t) x
  RETURNING id AS showtime_id \gset
INSERT INTO show_seat (showtime_id, seat_id, status, price_cents, house)
  SELECT :showtime_id, s.id, 'AVAILABLE', 1200, s.house FROM seat s
  WHERE s.auditorium_id = :aud AND s.category = 'STANDARD';
INSERT INTO show_seat (showtime_id, seat_id, status, price_cents, house)
  SELECT :showtime_id, s.id, 'AVAILABLE', 1500, s.house FROM seat s
  WHERE s.auditorium_id = :aud AND s.category = 'PREMIUM';
INSERT INTO show_seat (showtime_id, seat_id, status, price_cents, house)
  SELECT :showtime_id, s.id, 'AVAILABLE', 1200, s.house FROM seat s
  WHERE s.auditorium_id = :aud AND s.category = 'WHEELCHAIR';
END;
