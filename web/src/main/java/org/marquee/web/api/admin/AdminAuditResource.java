package org.marquee.web.api.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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
public class AdminAuditResource {

  @Inject AuditService audit;

  @GET
  public List<AuditEntryView> entries(
      @QueryParam("action") String action,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    AuditLog.Action only = Params.optionalEnum("action", action, AuditLog.Action.class, null);
    return audit.entries(
        only == null ? null : only.name(), Params.limit(limit), Params.offset(offset));
  }
}
