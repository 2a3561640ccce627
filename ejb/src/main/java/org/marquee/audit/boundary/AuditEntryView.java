package org.marquee.audit.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An audit log entry as administrators read it; the time in UTC. */
public record AuditEntryView(
    long id, OffsetDateTime at, String actor, String action, String subject, String detail)
    implements Serializable {}
