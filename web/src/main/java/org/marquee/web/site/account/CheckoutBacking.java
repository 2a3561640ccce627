package org.marquee.web.site.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.marquee.account.boundary.AccountService;
import org.marquee.account.boundary.PaymentMethodView;
import org.marquee.booking.boundary.OrderService;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.boundary.PaymentChoice;
import org.marquee.booking.boundary.PurchaseCommand;
import org.marquee.catalog.boundary.CatalogService;
import org.marquee.catalog.boundary.ShowtimeView;
import org.marquee.payment.boundary.PaymentDeclinedException;
import org.marquee.platform.BusinessException;
import org.marquee.seating.boundary.HoldService;
import org.marquee.seating.boundary.HoldView;
import org.marquee.seating.boundary.SeatView;
import org.marquee.seating.boundary.SeatsUnavailableException;
import org.marquee.seating.boundary.UnknownHoldException;
import org.marquee.web.api.Params;
import org.marquee.web.site.Messages;

/**
 * Paying for a hold (/account/checkout.xhtml?hold=..), with the stored card or a new one. The page
 * sends its purchase with an idempotency key of its own, so a double click or a resubmitted form
 * buys once; after a refusal the key is renewed, since the next attempt is a new request. The typed
 * card number and cvc are forgotten whatever the outcome.
 */
@Named
@ViewScoped
public class CheckoutBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "checkout";

  @Inject HoldService holds;
  @Inject OrderService orders;
  @Inject CatalogService catalog;
  @Inject AccountService accounts;

  private String hold;
  private HoldView view;
  private ShowtimeView showtime;
  private List<SeatView> seats = List.of();
  private PaymentMethodView storedCard;
  private String method;
  private final CardForm card = new CardForm();
  private String idempotencyKey = UUID.randomUUID().toString();

  public void load() {
    Long holdId = Params.parseId(hold);
    try {
      if (holdId == null) {
        throw new UnknownHoldException(hold);
      }
      view = holds.find(holdId);
      showtime = catalog.showtime(view.showtimeId());
      seats =
          catalog.seatMap(view.showtimeId()).stream()
              .filter(s -> view.seatIds().contains(s.seatId()))
              .toList();
      storedCard = accounts.me().paymentMethod();
      if (method == null) {
        method = storedCard != null ? "saved" : "card";
      }
    } catch (UnknownHoldException e) {
      view = null;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  public void pay() throws IOException {
    PaymentChoice choice = "saved".equals(method) ? PaymentChoice.saved() : card.toChoice();
    try {
      OrderView order =
          orders.purchase(PurchaseCommand.ofHold(view.holdId(), choice), idempotencyKey);
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().put("bought", Boolean.TRUE);
      external.redirect(external.getRequestContextPath() + "/account/order.xhtml?id=" + order.id());
    } catch (PaymentDeclinedException | SeatsUnavailableException e) {
      Messages.refusal(null, e, "checkout.seatsReleased");
      idempotencyKey = UUID.randomUUID().toString();
      load();
    } catch (BusinessException e) {
      Messages.onField(FORM, e, CardForm.FIELDS);
      idempotencyKey = UUID.randomUUID().toString();
    } finally {
      card.forgetSecrets();
    }
  }

  /** Lets the seats go and returns to the seat map. */
  public void release() throws IOException {
    holds.release(view.holdId());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath() + "/showtimes/seats.xhtml?id=" + view.showtimeId());
  }

  /** The stored card, if there is one, then a new card. */
  public List<SelectItem> getPaymentOptions() {
    List<SelectItem> options = new ArrayList<>();
    if (storedCard != null) {
      options.add(
          new SelectItem(
              "saved",
              Messages.text("checkout.storedCard", storedCard.brand(), storedCard.last4())));
    }
    options.add(new SelectItem("card", Messages.text("checkout.newCard")));
    return options;
  }

  /** The pay button, with the amount it charges. */
  public String getPayLabel() {
    return Messages.text("checkout.pay", getTotal());
  }

  /** Seconds until the hold lets the seats go, as the server's clock counts them. */
  public long getSecondsLeft() {
    return Math.max(
        0, java.time.Duration.between(java.time.Instant.now(), view.expiresAt()).toSeconds());
  }

  /** The time left as the countdown starts: "9:58". */
  public String getTimeLeft() {
    long seconds = getSecondsLeft();
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  public boolean isActive() {
    return view != null && !view.seatIds().isEmpty();
  }

  public String getTotal() {
    return Messages.money(
        seats.stream().mapToLong(SeatView::priceCents).sum(), showtime.currency());
  }

  public String price(SeatView seat) {
    return Messages.money(seat.priceCents(), showtime.currency());
  }

  public String getHold() {
    return hold;
  }

  public void setHold(String hold) {
    this.hold = hold;
  }

  public HoldView getView() {
    return view;
  }

  public ShowtimeView getShowtime() {
    return showtime;
  }

  public List<SeatView> getSeats() {
    return seats;
  }

  public PaymentMethodView getStoredCard() {
    return storedCard;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public CardForm getCard() {
    return card;
  }
}
