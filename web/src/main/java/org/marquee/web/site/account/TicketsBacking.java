package org.marquee.web.site.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.marquee.booking.boundary.TicketService;
import org.marquee.booking.boundary.TicketView;
import org.marquee.booking.boundary.TicketWhen;

/** "My tickets" (/account/tickets.xhtml): upcoming tickets first, then past ones. */
@Named
@RequestScoped
public class TicketsBacking {

  @Inject TicketService tickets;

  private List<TicketView> upcoming;
  private List<TicketView> past;

  @PostConstruct
  void load() {
    upcoming = tickets.myTickets(TicketWhen.UPCOMING, 200, 0);
    past = tickets.myTickets(TicketWhen.PAST, 200, 0);
  }

  public List<TicketView> getUpcoming() {
    return upcoming;
  }

  public List<TicketView> getPast() {
    return past;
  }
}
