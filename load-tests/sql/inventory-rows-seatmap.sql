-- pgbench, today's inventory: the seat map of a random showtime of st_first..st_last (the programme
-- ahead), the statement of pgbench-seatmap.sql (ShowSeat.BY_SHOWTIME as Hibernate writes it):
-- show_seat joined to seat, 300 rows, in a transaction as the application's.

\set st random(:st_first, :st_last)
BEGIN;
SELECT ss.id, ss.hold_id, ss.hold_expires_at, ss.house, ss.price_cents,
       s.id, s.auditorium_id, s.category, s.house, s.seat_number, s.row_label,
       ss.showtime_id, ss.status, ss.version
  FROM show_seat ss JOIN seat s ON s.id = ss.seat_id
  WHERE ss.showtime_id = :st
  ORDER BY length(s.row_label), s.row_label, s.seat_number;
END;
