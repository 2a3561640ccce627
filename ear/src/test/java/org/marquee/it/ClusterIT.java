package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes on one database, clustered by JGroups on loopback: the tests' server (node 1) and a
 * second WildFly started here ({@link ExtraServer}, port offset 100 above the tests' server's, by
 * default 10100, its booking jobs idle so they never step into the failure tests' timing). A change
 * to the programme made on one node is in the other node's catalog at once, though that node had
 * the catalog cached, and a sale on one node is in the other's seat map at once; the database, not
 * a cache, decides a sale on either. Failed sign-ins count for the cluster: guesses spread over
 * both nodes slow an account down as fast as on one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClusterIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  /** The tests' own port offset plus 100, so that builds with other offsets never collide. */
  private static final int OFFSET = Integer.getInteger("marquee.test.port-offset", 10000) + 100;

  private static ExtraServer node2;

  @BeforeAll
  static void startSecondNode() throws IOException, InterruptedException {
    node2 =
        ExtraServer.node(
            "marquee-it-2",
            OFFSET,
            System.getProperty("marquee.test.cluster-hosts"),
            ExtraServer.configured("node-2", null, null),
            List.of(
                "-Dmarquee.jobs.hold-reaper-interval=PT24H",
                "-Dmarquee.jobs.reconcile-interval=PT24H",
                "-Dmarquee.security.trusted-proxies=" + FromProxy.PROXY));
  }

  @AfterAll
  static void stopSecondNode() {
    if (node2 != null) {
      node2.close();
    }
  }

  private static HttpResponse<String> onNode2(String path) {
    return Http.get(node2.base() + path);
  }

  @Test
  void aProgrammeChangeOnOneNodeIsInTheOtherNodesCatalogAtOnce() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long movie =
        AdminApi.created(
            AdminApi.send("POST", "/api/v1/admin/movies", AdminApi.movie("Cluster " + tag, 100)));
    // node 2 reads (and caches) the catalog with the movie as it was
    assertEquals(
        "Cluster " + tag, Http.object(onNode2("/api/v1/movies/" + movie)).getString("title"));
    assertEquals(200, onNode2("/api/v1/movies/" + movie).statusCode());

    HttpResponse<String> renamed =
        AdminApi.send(
            "PUT", "/api/v1/admin/movies/" + movie, AdminApi.movie("Renamed " + tag, 100));
    assertEquals(200, renamed.statusCode(), renamed.body());
    assertEquals(
        "Renamed " + tag,
        Http.object(onNode2("/api/v1/movies/" + movie)).getString("title"),
        "node 2 drops its cached catalog when node 1 changes it");

    long auditorium = AdminApi.auditorium(tag, 6);
    assertEquals(0, Http.array(onNode2("/api/v1/showtimes?movieId=" + movie)).size());
    long showtime = AdminApi.showtime(movie, auditorium, 3);
    assertEquals(
        List.of(showtime),
        Http.array(onNode2("/api/v1/showtimes?movieId=" + movie))
            .getValuesAs(JsonObject.class)
            .stream()
            .map(s -> s.getJsonNumber("id").longValue())
            .toList(),
        "a showtime scheduled on node 1 is listed by node 2");

    assertEquals(
        204,
        Http.request(
                "DELETE", "/api/v1/admin/showtimes/" + showtime, "Authorization", AdminApi.ADMIN)
            .statusCode());
    assertEquals(404, onNode2("/api/v1/showtimes/" + showtime).statusCode());
    assertEquals(0, Http.array(onNode2("/api/v1/showtimes?movieId=" + movie)).size());
  }

  @Test
  void aSaleOnOneNodeIsInTheOtherNodesSeatMapAtOnceAndNeverSoldTwice() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long movie =
        AdminApi.created(
            AdminApi.send("POST", "/api/v1/admin/movies", AdminApi.movie("Seats " + tag, 90)));
    long showtime = AdminApi.showtime(movie, AdminApi.auditorium(tag, 6), 4);
    List<JsonObject> before =
        Http.array(onNode2("/api/v1/showtimes/" + showtime + "/seats"))
            .getValuesAs(JsonObject.class);
    assertTrue(before.stream().allMatch(s -> s.getString("status").equals("AVAILABLE")));
    long seat = before.get(2).getJsonNumber("seatId").longValue();

    HttpResponse<String> bought =
        Buyer.register("node-1").buy(showtime, List.of(seat), Buyer.APPROVED);
    assertEquals(201, bought.statusCode(), bought.body());
    JsonObject onNode2 =
        Http.array(onNode2("/api/v1/showtimes/" + showtime + "/seats"))
            .getValuesAs(JsonObject.class)
            .get(2);
    assertEquals("SOLD", onNode2.getString("status"), "node 2 dropped its cached seat map");

    Buyer late = Buyer.register("node-2");
    HttpResponse<String> refused =
        Http.post(
            node2.base() + "/api/v1/orders",
            Buyer.seatsOrder(showtime, List.of(seat), Buyer.card(Buyer.APPROVED)),
            "Authorization",
            late.auth,
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertEquals(409, refused.statusCode(), refused.body());
  }

  @Test
  void failedSignInsOnEitherNodeCountForTheWholeCluster() {
    String email = LoginThrottlingIT.newAccount("cluster");
    String[] nodes = {Http.base(), node2.base()};
    // five failures, alternating between the nodes, each from an address of its own: no node saw
    // more than three, which alone would never slow the account down
    for (int i = 0; i < 5; i++) {
      FromProxy.Answer failed =
          FromProxy.getAt(
              nodes[i % 2],
              "/api/v1/accounts/me",
              "X-Forwarded-For",
              LoginThrottlingIT.newAddress(),
              "Authorization",
              Http.basic(email, "wrong " + i));
      assertEquals(401, failed.status(), "failure " + i + " on node " + (i % 2 + 1));
    }
    for (String node : nodes) {
      LoginThrottlingIT.assertTooMany(
          FromProxy.getAt(
              node,
              "/api/v1/accounts/me",
              "X-Forwarded-For",
              LoginThrottlingIT.newAddress(),
              "Authorization",
              Http.basic(email, "correct horse")),
          2);
    }
  }
}
