package org.marquee.web.site.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.marquee.booking.boundary.CancellationRefusedException;
import org.marquee.booking.boundary.OrderService;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.boundary.UnknownOrderException;
import org.marquee.booking.entity.OrderStatus;
import org.marquee.ticket.boundary.TicketService;
import org.marquee.ticket.boundary.TicketView;
import org.marquee.web.api.Params;
import org.marquee.web.site.Messages;
import org.marquee.web.site.tickets.QrCodes;

/**
 * An order of the customer (/account/order.xhtml?id=..): right after buying, the confirmation;
 * later, the tickets to show at the door, each with its QR code, and cancellation (money back)
 * until the showtime starts.
 */
@Named
@ViewScoped
public class OrderBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TicketService tickets;
  @Inject OrderService orders;

  private String id;
  private OrderView order;

  public void load() {
    Long orderId = Params.parseId(id);
    try {
      if (orderId == null) {
        throw new UnknownOrderException(id);
      }
      order = tickets.order(orderId);
    } catch (UnknownOrderException e) {
      order = null;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  public void cancel() {
    try {
      order = orders.cancel(order.id());
      Messages.info("order.cancelled");
    } catch (CancellationRefusedException e) {
      Messages.refusal(null, e);
    }
  }

  /** The ticket's QR code as a data URI: the page shows it without another signed-in request. */
  public String qr(TicketView ticket) {
    return "data:image/png;base64,"
        + Base64.getEncoder().encodeToString(QrCodes.png(ticket.code(), 220));
  }

  public boolean isCancellable() {
    return order != null
        && order.status() == OrderStatus.CONFIRMED
        && !order.tickets().isEmpty()
        && order.tickets().get(0).startsAt().isAfter(OffsetDateTime.now());
  }

  public String getTotal() {
    return Messages.money(order.totalCents(), order.currency());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public OrderView getOrder() {
    return order;
  }
}
