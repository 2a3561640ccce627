package org.marquee.catalog.boundary;

/**
 * Which movies a listing shows: {@code NOW} released (release date today or earlier) with a future
 * showtime, {@code UPCOMING} released after today, {@code ALL} both.
 */
public enum MovieFilter {
  NOW,
  UPCOMING,
  ALL
}
