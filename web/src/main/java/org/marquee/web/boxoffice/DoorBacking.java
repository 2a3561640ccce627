package org.marquee.web.boxoffice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Set;
import org.marquee.platform.BusinessException;
import org.marquee.ticket.boundary.CheckInService;
import org.marquee.ticket.boundary.TicketView;
import org.marquee.web.site.Messages;

/**
 * The door screen (/boxoffice/door.xhtml): a code typed, or scanned by a reader that types it and
 * presses Enter, gets a clear answer at once: green to admit (with the seat, and a prompt to check
 * ID for an age-restricted movie), red with the reason not to. The field is empty and focused again
 * for the next person in the queue.
 */
@Named
@RequestScoped
public class DoorBacking {

  /** Ratings for which the door checks the visitor's age. */
  static final Set<String> RESTRICTED = Set.of("R", "NC-17", "16", "18", "FSK 16", "FSK 18");

  @Inject CheckInService door;

  private String code;
  private TicketView admitted;
  private String refusal;

  public void scan() {
    try {
      admitted = door.checkIn(code);
    } catch (BusinessException e) {
      refusal = Messages.describe(e);
    } finally {
      code = null;
    }
  }

  /** Whether the admitted ticket's movie is one for which the door checks ID. */
  public boolean isCheckId() {
    return admitted != null
        && admitted.rating() != null
        && RESTRICTED.contains(admitted.rating().trim().toUpperCase(Locale.ROOT));
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public TicketView getAdmitted() {
    return admitted;
  }

  public String getRefusal() {
    return refusal;
  }
}
