package org.marquee.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Instants as a native query's columns come back, whichever type the driver chose for them. */
public final class Instants {

  private Instants() {}

  /** The instant of a {@code timestamptz} column's value; null for null. */
  public static Instant of(Object column) {
    if (column == null || column instanceof Instant) {
      return (Instant) column;
    }
    if (column instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((Timestamp) column).toInstant();
  }
}
