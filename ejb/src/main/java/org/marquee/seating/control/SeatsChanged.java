package org.marquee.seating.control;

/**
 * Seats of a showtime changed state in the current transaction. Observed after a successful commit
 * ({@link SeatMapService}), so the cached seat map never outlives the change and a rolled-back
 * change clears nothing.
 */
public record SeatsChanged(long showtimeId) {}
