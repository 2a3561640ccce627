package org.marquee.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The HTTP API of ../shared/API.md, version 1. Its OpenAPI document is generated from these
 * resources when the EAR deploys and served at /openapi (wildfly-config/53-openapi.cli). What
 * several operations share is declared here once and named in their annotations: the tags, the
 * problem details body, a purchase's payment, the seats a hold, order or sale names, a movie's
 * fields, the error answers, the paging, request id and idempotency key parameters. What follows
 * from a rule rather than from one operation (nullable fields, the answers every operation can
 * give) is added by {@link ApiDocumentRules}.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Marquee",
            version = "1",
            description =
                "Cinema ticketing: the catalog, seat maps, holds, orders and tickets, the box"
                    + " office and the programme's administration. Errors are RFC 9457 problem"
                    + " details; see src-docs/api.md.",
            contact = @Contact(name = "Marquee", email = "api@marquee.example"),
            license = @License(name = "Proprietary")),
    externalDocs =
        @ExternalDocumentation(
            description =
                "The API guide: what the API does where this document is silent (src-docs/api.md)",
            url = "https://marquee.example/docs/api"),
    servers =
        @Server(
            url = "/",
            description = "The server that serves this document; every path starts /api/v1"),
    tags = {
      @Tag(name = "Catalog", description = "Movies, theaters, showtimes and seat maps; public"),
      @Tag(
          name = "Accounts",
          description = "Registration; the caller's account, stored card, orders and tickets"),
      @Tag(name = "Holds", description = "Seats set aside for a customer for a few minutes"),
      @Tag(name = "Orders", description = "Buying seats, and cancelling before the showtime"),
      @Tag(name = "Tickets", description = "A customer's tickets and their QR codes"),
      @Tag(name = "Box office", description = "Walk-in sales and the door; CLERK or ADMIN"),
      @Tag(
          name = "Administration",
          description = "Movies, theaters, auditoriums, showtimes and the audit log; ADMIN")
    },
    components =
        @Components(
            schemas = {
              @Schema(
                  name = "Problem",
                  type = SchemaType.OBJECT,
                  description = "An RFC 9457 problem details body",
                  requiredProperties = {"type", "title", "status", "detail"},
                  properties = {
                    @SchemaProperty(
                        name = "type",
                        type = SchemaType.STRING,
                        example = "https://marquee.example/problems/seats-unavailable"),
                    @SchemaProperty(name = "title", type = SchemaType.STRING),
                    @SchemaProperty(name = "status", type = SchemaType.INTEGER),
                    @SchemaProperty(
                        name = "detail",
                        type = SchemaType.STRING,
                        description = "What went wrong, written for people"),
                    @SchemaProperty(
                        name = "unavailableSeatIds",
                        type = SchemaType.ARRAY,
                        implementation = Long.class,
                        description = "The seats that are taken (409 seats-unavailable only)"),
                    @SchemaProperty(
                        name = "declineCode",
                        type = SchemaType.STRING,
                        description = "Why the card was declined (402 only, when known)"),
                    @SchemaProperty(
                        name = "limit",
                        type = SchemaType.INTEGER,
                        description = "The limit that was reached (409 seat-limit, hold-limit)")
                  }),
              @Schema(
                  name = "MovieInput",
                  type = SchemaType.OBJECT,
                  description = "A movie as an administrator creates or changes it",
                  requiredProperties = {
                    "title",
                    "runtimeMinutes",
                    "rating",
                    "genres",
                    "releaseDate"
                  },
                  properties = {
                    @SchemaProperty(name = "title", type = SchemaType.STRING, maxLength = 200),
                    @SchemaProperty(name = "synopsis", type = SchemaType.STRING, maxLength = 4000),
                    @SchemaProperty(
                        name = "runtimeMinutes",
                        type = SchemaType.INTEGER,
                        minimum = "1",
                        maximum = "600"),
                    @SchemaProperty(
                        name = "rating",
                        type = SchemaType.STRING,
                        maxLength = 10,
                        example = "PG-13"),
                    @SchemaProperty(
                        name = "genres",
                        type = SchemaType.ARRAY,
                        implementation = String.class,
                        description = "Possibly empty; no commas"),
                    @SchemaProperty(name = "releaseDate", type = SchemaType.STRING, format = "date")
                  }),
              @Schema(
                  name = "Payment",
                  type = SchemaType.OBJECT,
                  description =
                      "How a purchase is paid: the account's stored card (saved), a card given"
                          + " now (card, with its fields), or at the box office only cash",
                  requiredProperties = "method",
                  properties = {
                    @SchemaProperty(
                        name = "method",
                        type = SchemaType.STRING,
                        enumeration = {"saved", "card", "cash"}),
                    @SchemaProperty(
                        name = "cardNumber",
                        type = SchemaType.STRING,
                        description = "Spaces and dashes are ignored",
                        example = "4242 4242 4242 4242"),
                    @SchemaProperty(name = "expMonth", type = SchemaType.INTEGER),
                    @SchemaProperty(name = "expYear", type = SchemaType.INTEGER),
                    @SchemaProperty(name = "cvc", type = SchemaType.STRING),
                    @SchemaProperty(name = "holderName", type = SchemaType.STRING)
                  }),
              @Schema(
                  name = "SeatIds",
                  type = SchemaType.ARRAY,
                  implementation = Long.class,
                  minItems = 1,
                  maxItems = 10)
            },
            responses = {
              @APIResponse(
                  name = "BadRequest",
                  responseCode = "400",
                  description = "Malformed or invalid input; the detail says what is wrong",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "Unauthorized",
                  responseCode = "401",
                  description = "No credentials, or wrong ones",
                  headers = @Header(name = "WWW-Authenticate", ref = "WWW-Authenticate"),
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "Forbidden",
                  responseCode = "403",
                  description = "Signed in, but the account lacks the role",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "NotFound",
                  responseCode = "404",
                  description = "No such resource, or one that belongs to another account",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "ShowtimeNotFound",
                  responseCode = "404",
                  description = "No such showtime",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "PurchaseConflict",
                  responseCode = "409",
                  description =
                      "Seats are taken (unavailableSeatIds names them), the showtime was"
                          + " cancelled (showtime-cancelled), the account's limits are reached"
                          + " (seat-limit, hold-limit, with limit), the hold is being paid for"
                          + " already (payment-under-way), or a request with this Idempotency-Key"
                          + " is still in progress",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "PaymentDeclined",
                  responseCode = "402",
                  description = "The card was declined: nothing was charged, the seats are free",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "IdempotencyKeyReused",
                  responseCode = "422",
                  description = "This Idempotency-Key was sent before with another body",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "NotAcceptable",
                  responseCode = "406",
                  description =
                      "Accept names no media type this operation answers in (an Accept that names"
                          + " application/problem+json accepts every answer)",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "ContentTooLarge",
                  responseCode = "413",
                  description = "The request body is larger than 1 MiB",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "UnsupportedMediaType",
                  responseCode = "415",
                  description = "The body's Content-Type is not one this operation takes",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "TooManySignInFailures",
                  responseCode = "429",
                  description =
                      "Sign-ins are slowed down: this account failed too often (no password was"
                          + " checked; wait Retry-After seconds), or a wrong password came from an"
                          + " address that failed too often. Never for a correct password of an"
                          + " account that is not slowed, nor on a public read",
                  headers = @Header(name = "Retry-After", ref = "Retry-After"),
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "Unavailable",
                  responseCode = "503",
                  description =
                      "The payment gateway or the node's purchase queue could not serve the"
                          + " request: nothing was sold or stored, and it may be sent again"
                          + " after Retry-After",
                  headers = @Header(name = "Retry-After", ref = "Retry-After"),
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
            },
            parameters = {
              @Parameter(
                  name = "X-Request-Id",
                  in = ParameterIn.HEADER,
                  description =
                      "The caller's id for this request, 1 to 64 letters, digits or . _ : -;"
                          + " answered in X-Request-Id and written in the server's log (a new"
                          + " one when absent or malformed)",
                  schema = @Schema(type = SchemaType.STRING, maxLength = 64)),
              @Parameter(
                  name = "Idempotency-Key",
                  in = ParameterIn.HEADER,
                  description =
                      "1 to 255 characters. The same key with the same body answers what the first"
                          + " request did, charging once; keys belong to the caller",
                  schema = @Schema(type = SchemaType.STRING)),
              @Parameter(
                  name = "limit",
                  in = ParameterIn.QUERY,
                  description = "At most this many items",
                  schema =
                      @Schema(
                          type = SchemaType.INTEGER,
                          minimum = "1",
                          maximum = "200",
                          defaultValue = "50")),
              @Parameter(
                  name = "offset",
                  in = ParameterIn.QUERY,
                  description = "Skip this many items",
                  schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            },
            headers = {
              @Header(
                  name = "Location",
                  description = "The address of what was created",
                  schema = @Schema(type = SchemaType.STRING, format = "uri")),
              @Header(
                  name = "Retry-After",
                  description = "Seconds to wait before trying again",
                  schema = @Schema(type = SchemaType.INTEGER)),
              @Header(
                  name = "WWW-Authenticate",
                  description = "Basic realm=\"Marquee\"",
                  schema = @Schema(type = SchemaType.STRING))
            }))
@SecurityScheme(
    securitySchemeName = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "An account's email and password")
public class ApiApplication extends Application {}
