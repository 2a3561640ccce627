package org.marquee.paymentgateway.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.marquee.paymentgateway.ledger.Refusal;

/**
 * Every refusal as a processor answers it, {@code {"error": code}} with its status: the ledger's
 * own refusals, and what JAX-RS refuses before a resource runs (unreadable JSON, an unknown path, a
 * wrong method or media type).
 */
final class Answers {

  private Answers() {}

  static Response error(int status, String code) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new Messages.Error(code))
        .build();
  }

  /** The ledger's refusals. */
  @Provider
  public static class Refusals implements ExceptionMapper<Refusal> {
    @Override
    public Response toResponse(Refusal refusal) {
      return error(refusal.status(), refusal.code());
    }
  }

  /** What JAX-RS refused; a body it could not read is a bad request, never a 500. */
  @Provider
  public static class Rejections implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      return error(
          status,
          switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "unavailable" : "invalid_request";
          });
    }
  }

  /**
   * A body that could not be read or bound (not JSON, a string for a number, a number too large):
   * RESTEasy reports it as a processing failure of the request.
   */
  @Provider
  public static class Unreadable implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return error(400, "invalid_request");
    }
  }
}
