package org.marquee.catalog.control;

/**
 * Fired inside the transaction that changed the programme (a movie, theater, auditorium or
 * showtime); the cached catalog is dropped once that transaction has committed.
 */
public record CatalogChanged(String what) {}
