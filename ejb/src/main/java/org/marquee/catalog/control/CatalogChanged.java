package org.marquee.catalog.control;

import java.util.UUID;

/**
 * Fired inside the transaction that changed the programme (a movie, theater, auditorium or
 * showtime), with the catalog's new generation: {@link CatalogVersion} writes it in that
 * transaction, and the cached catalog is dropped once that transaction has committed.
 */
public record CatalogChanged(String what, String generation) {

  public CatalogChanged(String what) {
    this(what, UUID.randomUUID().toString());
  }
}
