package org.marquee.web.api.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marquee.audit.boundary.AuditEntryView;
import org.marquee.audit.boundary.AuditService;
import org.marquee.audit.control.AuditLog;
import org.marquee.web.api.Params;

/**
 * GET /admin/audit?action=&amp;limit=&amp;offset= (an extension of the contract): the audit log,
 * newest first, for administrators.
 */
@Path("/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
@APIResponse(ref = "Unauthorized")
@APIResponse(ref = "Forbidden")
@APIResponse(ref = "TooManySignInFailures")
public class AdminAuditResource {

  @Inject AuditService audit;

  @GET
  @Operation(
      operationId = "listAuditEntries",
      summary = "Read the audit log",
      description = "Newest first.")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "200", description = "The entries")
  @APIResponse(ref = "BadRequest")
  public List<AuditEntryView> entries(
      @Parameter(description = "Only entries of this action, such as SALE or CHECK_IN")
          @QueryParam("action")
          String action,
      @Parameter(ref = "limit") @QueryParam("limit") String limit,
      @Parameter(ref = "offset") @QueryParam("offset") String offset) {
    AuditLog.Action only = Params.optionalEnum("action", action, AuditLog.Action.class, null);
    return audit.entries(
        only == null ? null : only.name(), Params.limit(limit), Params.offset(offset));
  }
}
