package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.account.boundary.AccountService;
import org.marquee.account.entity.Role;

/**
 * The Account API over real HTTP: registration with each of its refusals, HTTP Basic sign-in
 * against the Account table, and the slowing down of password guessing.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  /**
   * The node-local cache of verified logins, seen as the map it is (the WAR sees no Infinispan).
   */
  @Resource(lookup = "java:jboss/infinispan/cache/marquee/credentials")
  Map<String, Object> credentials;

  @Inject AccountService accounts;

  private final String email =
      "user-" + UUID.randomUUID().toString().substring(0, 8) + "@Example.COM";

  static JsonObjectBuilder registration(String email) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("password", "correct horse")
        .add("displayName", "Test Person")
        .add("birthDate", "1990-04-01");
  }

  static HttpResponse<String> register(JsonObjectBuilder body) {
    return Http.post("/api/v1/accounts", body.build().toString());
  }

  @Test
  void registrationCreatesACustomerAccount() {
    HttpResponse<String> created = register(registration(email));
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/accounts/me"));
    JsonObject account = Http.object(created);
    assertTrue(account.getJsonNumber("id").longValue() > 0);
    assertEquals(email.toLowerCase(), account.getString("email"), "emails are kept lower-case");
    assertEquals("Test Person", account.getString("displayName"));
    assertEquals("1990-04-01", account.getString("birthDate"));
    assertEquals(
        List.of("CUSTOMER"),
        account.getJsonArray("roles").getValuesAs(v -> v.toString().replace("\"", "")));
    assertEquals(JsonValue.NULL, account.get("paymentMethod"));
    assertFalse(created.body().toLowerCase().contains("password"), "never a password or hash");
  }

  @Test
  void anEmailIsRegisteredOnceWhateverItsLetterCase() {
    assertEquals(201, register(registration(email)).statusCode());
    CatalogApiIT.assertProblem(register(registration(email.toUpperCase())), 409);
    CatalogApiIT.assertProblem(register(registration("  " + email.toLowerCase() + " ")), 409);
  }

  @Test
  void eachInvalidFieldIsABadRequest() {
    List<JsonObjectBuilder> invalid =
        List.of(
            registration("not-an-email"),
            registration("two@@example.com"),
            registration(""),
            registration("a".repeat(250) + "@example.com"),
            registration(email).add("password", "short"),
            registration(email).add("password", "x".repeat(129)),
            registration(email).add("displayName", ""),
            registration(email).add("displayName", "   "),
            registration(email).add("displayName", "x".repeat(101)),
            registration(email).add("birthDate", LocalDate.now().plusDays(2).toString()),
            registration(email).add("birthDate", "1990-13-45"),
            registration(email).add("birthDate", "yesterday"),
            registration(email).remove("email"),
            registration(email).remove("password"),
            registration(email).remove("displayName"),
            registration(email).add("displayName", 42).add("password", 12345678));
    for (JsonObjectBuilder body : invalid) {
      CatalogApiIT.assertProblem(register(body), 400);
    }
    for (String raw : List.of("", "{", "[]", "null", "{\"email\": [1,2]}", "\"text\"")) {
      CatalogApiIT.assertProblem(Http.post("/api/v1/accounts", raw), 400);
    }
    assertEquals(
        401,
        Http.get("/api/v1/accounts/me", "Authorization", Http.basic(email, "correct horse"))
            .statusCode(),
        "none of them created the account");
  }

  @Test
  void theOwnAccountIsReadWithHttpBasic() {
    register(registration(email));
    HttpResponse<String> me =
        Http.get(
            "/api/v1/accounts/me",
            "Authorization",
            Http.basic(email.toUpperCase(), "correct horse"));
    assertEquals(200, me.statusCode(), me.body());
    assertEquals(email.toLowerCase(), Http.object(me).getString("email"));
  }

  @Test
  void missingOrWrongCredentialsAreChallenged() {
    register(registration(email));
    List<HttpResponse<String>> refused =
        List.of(
            Http.get("/api/v1/accounts/me"),
            Http.get("/api/v1/accounts/me", "Authorization", Http.basic(email, "wrong password")),
            Http.get("/api/v1/accounts/me", "Authorization", Http.basic("nobody@example.com", "x")),
            Http.get("/api/v1/accounts/me", "Authorization", "Basic not-base64!"),
            Http.get("/api/v1/accounts/me", "Authorization", "Bearer abc"));
    for (HttpResponse<String> response : refused) {
      CatalogApiIT.assertProblem(response, 401);
      assertTrue(
          response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
          response.toString());
    }
  }

  @Test
  void publicEndpointsNeedNoCredentials() {
    assertEquals(200, Http.get("/api/v1/movies").statusCode());
    register(registration(email));
    assertEquals(
        200,
        Http.get("/api/v1/movies", "Authorization", Http.basic(email, "correct horse"))
            .statusCode());
  }

  @Test
  void repeatedFailuresAreSlowedDownWithoutLockingOthersOut() {
    register(registration(email));
    String wrong = Http.basic(email, "wrong password");
    for (int i = 0; i < 5; i++) {
      assertEquals(401, Http.get("/api/v1/accounts/me", "Authorization", wrong).statusCode());
    }
    HttpResponse<String> locked = Http.get("/api/v1/accounts/me", "Authorization", wrong);
    CatalogApiIT.assertProblem(locked, 429);
    long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter > 0 && retryAfter <= 30, "Retry-After " + retryAfter);
    CatalogApiIT.assertProblem(
        Http.get("/api/v1/accounts/me", "Authorization", Http.basic(email, "correct horse")), 429);

    String other = "other-" + email;
    register(registration(other));
    assertEquals(
        200,
        Http.get("/api/v1/accounts/me", "Authorization", Http.basic(other, "correct horse"))
            .statusCode(),
        "other accounts are not affected");
  }

  @Test
  void aVerifiedLoginIsRememberedWithoutThePassword() {
    register(registration(email));
    String normalized = email.toLowerCase();
    String auth = Http.basic(email, "correct horse");
    assertEquals(0, remembered(normalized));
    assertEquals(
        401,
        Http.get("/api/v1/accounts/me", "Authorization", Http.basic(email, "wrong one"))
            .statusCode());
    assertEquals(0, remembered(normalized), "a failure is never remembered");
    for (int i = 0; i < 3; i++) {
      assertEquals(200, Http.get("/api/v1/accounts/me", "Authorization", auth).statusCode());
    }
    assertEquals(1, remembered(normalized), "one entry, reused by the later requests");
    for (var entry : credentials.entrySet()) {
      assertFalse(entry.getKey().contains("correct horse"));
      assertFalse(String.valueOf(entry.getValue()).contains("correct horse"));
    }
  }

  private long remembered(String email) {
    return credentials.values().stream()
        .filter(v -> String.valueOf(v).contains("email=" + email + ","))
        .count();
  }

  @Test
  void theServicesCheckRolesThemselves() {
    assertThrows(EJBAccessException.class, () -> accounts.me(), "anonymous");
    assertThrows(
        EJBAccessException.class,
        () -> accounts.createStaff(email, "correct horse", "Sneaky", Set.of(Role.ADMIN)),
        "only an administrator creates staff");
    assertEquals(
        401,
        Http.get("/api/v1/accounts/me", "Authorization", Http.basic(email, "correct horse"))
            .statusCode(),
        "nothing was created");
  }

  @Test
  void administrationNeedsTheAdminRole() {
    register(registration(email));
    String theater =
        Json.createObjectBuilder()
            .add("name", "Role Test " + email)
            .add("city", "Roleville")
            .add("address", "1 Role Street")
            .add("timeZone", "Europe/Berlin")
            .build()
            .toString();
    CatalogApiIT.assertProblem(Http.post("/api/v1/admin/theaters", theater), 401);
    CatalogApiIT.assertProblem(
        Http.post(
            "/api/v1/admin/theaters", theater, "Authorization", Http.basic(email, "correct horse")),
        403);
    HttpResponse<String> created =
        Http.post(
            "/api/v1/admin/theaters",
            theater,
            "Authorization",
            Http.basic("it-admin@marquee.example", "it-admin-password"));
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    assertTrue(location.contains("/api/v1/theaters/"), location);
    assertEquals(
        "Roleville",
        Http.object(Http.get(location.substring(location.indexOf("/api/")))).getString("city"));
    CatalogApiIT.assertProblem(
        Http.post(
            "/api/v1/admin/theaters",
            "{\"name\": \"x\"}",
            "Authorization",
            Http.basic("it-admin@marquee.example", "it-admin-password")),
        400);
  }

  @Test
  void theFirstAdministratorComesFromTheServersSettings() {
    HttpResponse<String> me =
        Http.get(
            "/api/v1/accounts/me",
            "Authorization",
            Http.basic("it-admin@marquee.example", "it-admin-password"));
    assertEquals(200, me.statusCode(), me.body());
    assertEquals(
        List.of("ADMIN", "CLERK", "CUSTOMER"),
        Http.object(me).getJsonArray("roles").getValuesAs(v -> v.toString().replace("\"", "")));
  }

  @Test
  void theDemoAccountsAreNotInATestServer() {
    CatalogApiIT.assertProblem(
        Http.get(
            "/api/v1/accounts/me",
            "Authorization",
            Http.basic("admin@marquee.example", "marquee-admin")),
        401);
  }
}
