package org.marquee.ticket.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.marquee.audit.control.AuditLog;
import org.marquee.booking.boundary.InvalidPurchaseException;
import org.marquee.booking.control.BookingViews;
import org.marquee.ticket.entity.Ticket;
import org.marquee.ticket.entity.TicketAlreadyUsedException;

/**
 * The door: a ticket's code, scanned or typed, admits its holder once. The ticket row carries a
 * {@code @Version}, so when two doors scan the same ticket at the same instant exactly one update
 * commits and the other door is told the ticket was already used. Whether a ticket has expired is
 * derived from its showtime's end at the moment of the scan, never from a batch job.
 */
@Stateless
@RolesAllowed({"CLERK", "ADMIN"})
public class CheckInService {

  @PersistenceContext EntityManager em;
  @Inject BookingViews views;
  @Inject Clock clock;
  @Inject AuditLog audit;

  public TicketView checkIn(String code) {
    if (code == null || code.isBlank() || code.length() > 64) {
      throw new InvalidPurchaseException("code is required: the ticket's code as printed.");
    }
    Ticket ticket =
        em.createNamedQuery(Ticket.BY_CODE, Ticket.class)
            .setParameter("code", code.trim())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new UnknownTicketException("with this code"));
    // the showtime's state as the database has it, not a node's second-level cache: a showtime
    // cancelled a moment ago admits nobody
    em.refresh(ticket.getShowtime());
    ticket.checkIn(clock.instant());
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      // another door admitted it a moment ago
      throw new TicketAlreadyUsedException(null);
    }
    audit.record(
        AuditLog.Action.CHECK_IN,
        "ticket " + ticket.getId(),
        "showtime " + ticket.getShowtime().getId() + ", seat " + ticket.getSeat().getId());
    return views.ticket(ticket);
  }
}
