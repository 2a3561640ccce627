package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.catalog.entity.Showtime;
import org.marquee.catalog.entity.ShowtimeStatus;

/**
 * A node that never heard of a change: what a node cut off from its cluster by a split is like. The
 * showtime is cancelled in the database behind Hibernate's back (plain JDBC), so this node's
 * second-level cache still holds it as scheduled; a sale must still be refused, because a sale
 * decides on the database, not on a cache.
 */
@ExtendWith(ArquillianExtension.class)
class StaleCacheIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;

  @PersistenceUnit(unitName = "marquee")
  EntityManagerFactory emf;

  @Resource(lookup = "java:jboss/datasources/MarqueeDS")
  DataSource database;

  @Test
  void aShowtimeCancelledElsewhereIsNotSoldFromAStaleSecondLevelCache() throws Exception {
    long showtime = fixture.freshShowtime("Stale", 900);
    List<Long> seats = Buyer.seatIds(showtime);
    var em = emf.createEntityManager();
    try {
      assertEquals(ShowtimeStatus.SCHEDULED, em.find(Showtime.class, showtime).getStatus());
    } finally {
      em.close();
    }
    try (Connection sql = database.getConnection();
        PreparedStatement cancel =
            sql.prepareStatement("update showtime set status = 'CANCELLED' where id = ?")) {
      cancel.setLong(1, showtime);
      assertEquals(1, cancel.executeUpdate());
    }
    assertTrue(emf.getCache().contains(Showtime.class, showtime), "this node's copy is stale");
    em = emf.createEntityManager();
    try {
      assertEquals(
          ShowtimeStatus.SCHEDULED,
          em.find(Showtime.class, showtime).getStatus(),
          "the second-level cache still says scheduled");
    } finally {
      em.close();
    }

    Buyer buyer = Buyer.register("stale");
    HttpResponse<String> bought = buyer.buy(showtime, seats.subList(0, 1), Buyer.APPROVED);
    assertEquals(409, bought.statusCode(), bought.body());
    assertTrue(bought.body().contains("/showtime-cancelled"), bought.body());
    HttpResponse<String> held = buyer.hold(showtime, seats.subList(1, 2));
    assertEquals(409, held.statusCode(), held.body());
    assertTrue(held.body().contains("/showtime-cancelled"), held.body());
    assertEquals("AVAILABLE", Buyer.status(showtime, seats.get(0)));
  }
}
