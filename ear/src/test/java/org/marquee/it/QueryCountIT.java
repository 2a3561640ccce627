package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No N+1 queries on the paths that list many things (Hibernate's statistics): the account's
 * tickets, its orders and an order of many tickets cost the same lazy loads and the same statements
 * for twelve tickets as for two. A lazy association walked per ticket (the order, the seat) would
 * show as one more entity fetch per ticket.
 */
@ExtendWith(ArquillianExtension.class)
class QueryCountIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @PersistenceUnit(unitName = "marquee")
  EntityManagerFactory emf;

  @Inject CatalogFixture fixture;

  /** What one request cost the database. */
  record Cost(long statements, long lazyLoads) {}

  private Statistics statistics() {
    return emf.unwrap(SessionFactory.class).getStatistics();
  }

  @AfterEach
  void statisticsOff() {
    statistics().setStatisticsEnabled(false);
  }

  /**
   * The least of five measurements, a fifth of a second apart: the statistics are the whole node's,
   * and the booking jobs (every second in the tests; the reconciler may work through payments for a
   * while) can only add to them.
   */
  private Cost cost(Supplier<HttpResponse<String>> request) throws InterruptedException {
    Statistics statistics = statistics();
    statistics.setStatisticsEnabled(true);
    long statements = Long.MAX_VALUE;
    long lazyLoads = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      if (i > 0) {
        Thread.sleep(200);
      }
      statistics.clear();
      HttpResponse<String> response = request.get();
      assertEquals(200, response.statusCode(), response.body());
      statements = Math.min(statements, statistics.getPrepareStatementCount());
      lazyLoads =
          Math.min(
              lazyLoads, statistics.getEntityFetchCount() + statistics.getCollectionFetchCount());
    }
    return new Cost(statements, lazyLoads);
  }

  /** The id of an order of {@code seats} tickets that {@code buyer} makes for a new showtime. */
  private long order(Buyer buyer, int seats) {
    long showtime = fixture.freshShowtime("Queries", 1000);
    HttpResponse<String> bought =
        buyer.buy(showtime, Buyer.seatIds(showtime).subList(0, seats), Buyer.APPROVED);
    assertEquals(201, bought.statusCode(), bought.body());
    return Http.object(bought).getJsonNumber("id").longValue();
  }

  /** A customer with {@code orders} orders of {@code seatsEach} tickets each. */
  private Buyer buyerOf(int orders, int seatsEach) {
    Buyer buyer = Buyer.register("queries");
    for (int i = 0; i < orders; i++) {
      order(buyer, seatsEach);
    }
    return buyer;
  }

  @Test
  void listingTicketsAndOrdersCostsTheSameForTwoTicketsAsForTwelve() throws InterruptedException {
    Buyer few = buyerOf(1, 2);
    Buyer many = buyerOf(3, 4);
    // warm the caches both will meet (credentials, second-level cache) before measuring
    few.get("/api/v1/accounts/me/tickets");
    many.get("/api/v1/accounts/me/tickets");

    for (String path : List.of("/api/v1/accounts/me/tickets", "/api/v1/accounts/me/orders")) {
      Cost two = cost(() -> few.get(path));
      Cost twelve = cost(() -> many.get(path));
      assertEquals(
          two.lazyLoads(),
          twelve.lazyLoads(),
          path + ": lazy loads for 2 tickets " + two + ", for 12 " + twelve);
      assertEquals(
          two.statements(),
          twelve.statements(),
          path + ": statements for 2 tickets " + two + ", for 12 " + twelve);
    }
  }

  @Test
  void anOrderOfEightTicketsCostsWhatAnOrderOfTwoDoes() throws InterruptedException {
    Buyer buyer = Buyer.register("queries");
    long small = order(buyer, 2);
    long large = order(buyer, 8);
    buyer.get("/api/v1/orders/" + small);
    Cost two = cost(() -> buyer.get("/api/v1/orders/" + small));
    Cost eight = cost(() -> buyer.get("/api/v1/orders/" + large));
    assertEquals(two, eight, "an order of 2 tickets " + two + ", of 8 " + eight);
  }

  @Test
  void theJdbcBatchSizeIsTheServersSetting() {
    // persistence.xml says ${marquee.db.batch-size:50}, resolved by the server as it deploys
    assertEquals(
        50,
        emf.unwrap(SessionFactoryImplementor.class).getSessionFactoryOptions().getJdbcBatchSize());
  }
}
