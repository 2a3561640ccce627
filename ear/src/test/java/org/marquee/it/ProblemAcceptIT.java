package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every Accept that takes problem details ({@code application/problem+json}, {@code
 * application/json}, {@code application/*}, {@code *}{@code /*}, with or without q-values, alone or
 * among others) gets the answer the request deserves: the 204 of a DELETE, a 404 of an unknown id
 * or path, and the refusals raised before any resource method runs (401, 405, 406, 415), each a
 * problem details body; never a 406 in their place.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemAcceptIT {

  private static final List<String> ACCEPTS =
      List.of(
          "application/problem+json",
          "application/problem+json;q=0.5",
          "text/html, application/problem+json;q=0.1",
          "application/json",
          "application/*",
          "*/*",
          "application/json;q=0.9, application/problem+json");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Test
  void everyProblemCompatibleAcceptGetsTheRealAnswer() {
    Buyer buyer = Buyer.register("accept");
    List<String> wrong = new ArrayList<>();
    for (String accept : ACCEPTS) {
      expect(
          wrong,
          accept,
          204,
          null,
          Http.request(
              "DELETE",
              "/api/v1/accounts/me/payment-method",
              "Accept",
              accept,
              "Authorization",
              buyer.auth));
      expect(
          wrong,
          accept,
          404,
          "not-found",
          Http.request(
              "DELETE", "/api/v1/holds/999999999", "Accept", accept, "Authorization", buyer.auth));
      expect(
          wrong, accept, 404, "not-found", Http.get("/api/v1/movies/999999999", "Accept", accept));
      expect(
          wrong,
          accept,
          404,
          "not-found",
          Http.get("/api/v1/tickets/999999999/qr", "Accept", accept, "Authorization", buyer.auth));
      expect(wrong, accept, 404, "http-404", Http.get("/api/v1/no-such-thing", "Accept", accept));
      expect(wrong, accept, 401, "unauthorized", Http.get("/api/v1/accounts/me", "Accept", accept));
      expect(
          wrong,
          accept,
          405,
          "http-405",
          Http.request("DELETE", "/api/v1/movies", "Accept", accept));
      expect(wrong, accept, 415, "http-415", textBody("/api/v1/holds", accept, buyer.auth));
      expect(
          wrong,
          accept,
          400,
          "invalid-request",
          Http.get("/api/v1/movies?limit=0", "Accept", accept));
      expect(wrong, accept, 200, null, Http.get("/api/v1/theaters", "Accept", accept));
    }
    // an Accept that takes no problem and nothing the operation gives is refused, with a problem
    expect(wrong, "text/html", 406, "http-406", Http.get("/api/v1/movies", "Accept", "text/html"));
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  private static void expect(
      List<String> wrong, String accept, int status, String problem, HttpResponse<String> answer) {
    String name =
        answer.request().method() + " " + answer.uri().getPath() + " with Accept " + accept;
    if (answer.statusCode() != status) {
      wrong.add(name + ": " + answer.statusCode() + " instead of " + status + " " + answer.body());
      return;
    }
    String type = answer.headers().firstValue("Content-Type").orElse("");
    if (problem != null
        && (!type.startsWith("application/problem+json")
            || !answer
                .body()
                .contains("\"type\":\"https://marquee.example/problems/" + problem + "\""))) {
      wrong.add(name + ": not the " + problem + " problem: " + type + " " + answer.body());
    }
    if (status == 200 && !type.startsWith("application/json")) {
      wrong.add(name + ": " + type);
    }
  }

  /** A POST whose body is text/plain, where the API takes JSON. */
  private static HttpResponse<String> textBody(String path, String accept, String auth) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.base() + path))
                  .header("Content-Type", "text/plain")
                  .header("Accept", accept)
                  .header("Authorization", auth)
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theAnswersOfADeleteAreTheSameWithAProblemAccept() {
    Buyer buyer = Buyer.register("accept-delete");
    assertEquals(200, buyer.storeCard(Buyer.APPROVED).statusCode());
    HttpResponse<String> deleted =
        Http.request(
            "DELETE",
            "/api/v1/accounts/me/payment-method",
            "Accept",
            "application/problem+json",
            "Authorization",
            buyer.auth);
    assertEquals(204, deleted.statusCode(), deleted.body());
    assertTrue(
        Http.object(buyer.get("/api/v1/accounts/me")).isNull("paymentMethod"), "the card is gone");
  }
}
