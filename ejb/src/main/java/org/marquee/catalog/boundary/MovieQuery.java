package org.marquee.catalog.boundary;

/**
 * A movie listing request. {@code text} matches titles case-insensitively, {@code city} keeps
 * movies with a future showtime there; both optional (null).
 */
public record MovieQuery(MovieFilter when, String text, String city, int limit, int offset) {}
