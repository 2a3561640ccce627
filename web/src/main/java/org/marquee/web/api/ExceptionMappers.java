package org.marquee.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.booking.boundary.PaymentUnderWayException;
import org.marquee.booking.boundary.RequestInProgressException;
import org.marquee.payment.boundary.PaymentDeclinedException;
import org.marquee.platform.BusinessException;
import org.marquee.seating.boundary.HoldLimitException;
import org.marquee.seating.boundary.SeatLimitException;
import org.marquee.seating.boundary.SeatsUnavailableException;
import org.marquee.seating.boundary.ShowtimeCancelledException;

/**
 * Turns every failure under /api/v1 into a problem details answer. Business refusals keep their
 * message (written for people); anything unexpected is logged here and answered with a bare 500
 * that gives nothing of the inside away.
 */
public final class ExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

  private ExceptionMappers() {}

  /**
   * The answer to a failure, built here rather than looked up: for the purchases answered from
   * their turn in the queue ({@code OrdersResource}), which may be answered while the application
   * stops, when the container can no longer look mappers up. The same answers as the mappers give.
   */
  public static Response toResponse(Throwable failure) {
    Throwable e = failure;
    while ((e instanceof CompletionException || e instanceof ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e instanceof BusinessException business
        ? new Business().toResponse(business)
        : new Unexpected().toResponse(e);
  }

  /** Refusals of the services. */
  @Provider
  public static class Business implements ExceptionMapper<BusinessException> {
    @Override
    public Response toResponse(BusinessException e) {
      if (e instanceof BusinessException.NotFound) {
        return Problem.notFound(e.getMessage()).toResponse();
      }
      if (e instanceof BusinessException.Unavailable unavailable) {
        return Response.fromResponse(
                Problem.of(503, "unavailable", "Service unavailable", e.getMessage()).toResponse())
            .header("Retry-After", Integer.toString(unavailable.retryAfterSeconds()))
            .build();
      }
      if (e instanceof SeatsUnavailableException taken) {
        return Problem.of(409, "seats-unavailable", "Seats unavailable", e.getMessage())
            .with("unavailableSeatIds", taken.seatIds())
            .toResponse();
      }
      if (e instanceof ShowtimeCancelledException) {
        return Problem.of(409, "showtime-cancelled", "Showtime cancelled", e.getMessage())
            .toResponse();
      }
      if (e instanceof SeatLimitException limited) {
        return Problem.of(409, "seat-limit", "Seat limit reached", e.getMessage())
            .with("limit", limited.limit())
            .toResponse();
      }
      if (e instanceof HoldLimitException limited) {
        return Problem.of(409, "hold-limit", "Hold limit reached", e.getMessage())
            .with("limit", limited.limit())
            .toResponse();
      }
      if (e instanceof RequestInProgressException) {
        return Problem.of(409, "request-in-progress", "Request in progress", e.getMessage())
            .toResponse();
      }
      if (e instanceof PaymentUnderWayException) {
        return Problem.of(409, "payment-under-way", "Payment under way", e.getMessage())
            .toResponse();
      }
      if (e instanceof BusinessException.TooMany tooMany) {
        return Response.fromResponse(
                Problem.of(429, "too-many-requests", "Too many requests", e.getMessage())
                    .toResponse())
            .header("Retry-After", Integer.toString(tooMany.retryAfterSeconds()))
            .build();
      }
      if (e instanceof BusinessException.Conflict) {
        return Problem.of(409, "conflict", "Conflict", e.getMessage()).toResponse();
      }
      if (e instanceof PaymentDeclinedException declined) {
        Problem problem = Problem.of(402, "payment-declined", "Payment declined", e.getMessage());
        if (declined.declineCode() != null) {
          problem.with("declineCode", declined.declineCode());
        }
        return problem.toResponse();
      }
      if (e instanceof BusinessException.Gone) {
        return Problem.of(410, "gone", "Gone", e.getMessage()).toResponse();
      }
      if (e instanceof BusinessException.Unprocessable) {
        return Problem.of(422, "unprocessable", "Unprocessable request", e.getMessage())
            .toResponse();
      }
      return Problem.badRequest(e.getMessage()).toResponse();
    }
  }

  /** A caller without the role an EJB requires: 401 when anonymous, else 403. */
  @Provider
  public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
    @Context SecurityContext security;

    @Override
    public Response toResponse(EJBAccessException e) {
      if (security == null || security.getUserPrincipal() == null) {
        return Response.fromResponse(
                Problem.of(401, "unauthorized", "Unauthorized", "Please sign in.").toResponse())
            .header("WWW-Authenticate", "Basic realm=\"Marquee\", charset=\"UTF-8\"")
            .build();
      }
      return Problem.of(403, "forbidden", "Forbidden", "Your account may not do this.")
          .toResponse();
    }
  }

  /** Malformed parameters. */
  @Provider
  public static class InvalidParameter implements ExceptionMapper<InvalidParameterException> {
    @Override
    public Response toResponse(InvalidParameterException e) {
      return Problem.badRequest(e.getMessage()).toResponse();
    }
  }

  /** Bodies that are not the JSON expected. */
  @Provider
  public static class BadJson implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return Problem.badRequest("The request body is not valid JSON of the expected shape.")
          .toResponse();
    }
  }

  /** Bodies that are not JSON at all. */
  @Provider
  public static class MalformedJson implements ExceptionMapper<JsonException> {
    @Override
    public Response toResponse(JsonException e) {
      return Problem.badRequest("The request body is not valid JSON.").toResponse();
    }
  }

  /** Failures while reading a request. */
  @Provider
  public static class Processing implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return Problem.badRequest("The request could not be read.").toResponse();
    }
  }

  /** JAX-RS's own answers: unknown path, wrong method, unsupported media type and the like. */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status >= 500) {
        LOG.log(Level.SEVERE, "request failed", e);
        return Problem.of(500, "internal", "Internal error", "Something went wrong on our side.")
            .toResponse();
      }
      String detail =
          e instanceof NotFoundException
              ? "There is no such resource."
              : e instanceof NotAllowedException
                  ? "This method is not allowed here."
                  : Response.Status.fromStatusCode(status) != null
                      ? Response.Status.fromStatusCode(status).getReasonPhrase() + "."
                      : "The request was refused.";
      Response problem = Problem.of(status, "http-" + status, reason(status), detail).toResponse();
      Response.ResponseBuilder copy = Response.fromResponse(problem);
      e.getResponse()
          .getHeaders()
          .forEach(
              (name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")
                    && !name.equalsIgnoreCase("Content-Length")) {
                  values.forEach(v -> copy.header(name, v));
                }
              });
      return copy.build();
    }

    private static String reason(int status) {
      Response.Status known = Response.Status.fromStatusCode(status);
      return known == null ? "Request refused" : known.getReasonPhrase();
    }
  }

  /** Everything else: a defect, logged, answered without detail. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      Throwable cause = e;
      while (cause.getCause() != null && cause != cause.getCause()) {
        cause = cause.getCause();
        if (cause instanceof BusinessException business) {
          return new Business().toResponse(business);
        }
      }
      if (interrupted(e)) {
        // the server is stopping under a request that was being worked on
        return Response.fromResponse(
                Problem.of(
                        503,
                        "unavailable",
                        "Service unavailable",
                        "The server stopped while it worked on your request. Send it again (a"
                            + " purchase under the same Idempotency-Key) to learn its outcome;"
                            + " nothing is charged twice, and a charge without a sale is refunded.")
                    .toResponse())
            .header("Retry-After", "1")
            .build();
      }
      LOG.log(Level.SEVERE, "request failed", e);
      return Problem.of(500, "internal", "Internal error", "Something went wrong on our side.")
          .toResponse();
    }

    private static boolean interrupted(Throwable e) {
      for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
        if (t instanceof InterruptedException || t instanceof InterruptedIOException) {
          return true;
        }
      }
      return false;
    }
  }
}
