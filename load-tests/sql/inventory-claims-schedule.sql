-- pgbench, the claims inventory: scheduling a showtime writes the showtime alone (see
-- inventory-rows-schedule.sql for the slot and what is left out): its seats are free by having no
-- claim.

\set aud random(1, :aud_count)
\set movie random(1, 10)
BEGIN;
INSERT INTO showtime (movie_id, auditorium_id, starts_at, ends_at, clean_until, price_cents, currency,
                      status)
  SELECT :movie, :aud, t, t + interval '120 minutes', t + interval '135 minutes', 1200, 'EUR',
         'SCHEDULED'
  FROM (SELECT timestamptz '2100-01-01 00:00Z' + nextval('schedule_slot') * interval '3 hours' AS t) x
  RETURNING id AS showtime_id \gset
END;
