package org.marquee.catalog.boundary;

import java.io.Serializable;
import org.marquee.catalog.entity.Theater;

/** A theater as the catalog shows it. */
public record TheaterView(long id, String name, String city, String address, String timeZone)
    implements Serializable {

  public static TheaterView of(Theater theater) {
    return new TheaterView(
        theater.getId(),
        theater.getName(),
        theater.getCity(),
        theater.getAddress(),
        theater.getZone().getId());
  }
}
