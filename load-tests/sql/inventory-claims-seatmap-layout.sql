-- pgbench, the claims inventory: the seat map of inventory-claims-seatmap.sql when the layout is not
-- cached (the first read of an auditorium on a node): the auditorium's 300 seats, left-joined to the
-- showtime's claims, in the order of a seat map. Needs -D aud_first/aud_count as the booking scripts.

\set st random(:st_first, :st_last)
\set aud :aud_first + (:st - :st_first) % :aud_count
BEGIN;
SELECT s.id, s.auditorium_id, s.category, s.house, s.seat_number, s.row_label,
       c.hold_id, c.held_until
  FROM seat s LEFT JOIN seat_claim c ON c.showtime_id = :st AND c.seat_id = s.id
  WHERE s.auditorium_id = :aud
  ORDER BY length(s.row_label), s.row_label, s.seat_number;
END;
