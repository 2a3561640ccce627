package org.marquee.web.boxoffice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.marquee.booking.boundary.BoxOfficeService;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.boundary.PaymentChoice;
import org.marquee.catalog.boundary.CatalogService;
import org.marquee.catalog.boundary.ShowtimeQuery;
import org.marquee.catalog.boundary.ShowtimeView;
import org.marquee.platform.BusinessException;
import org.marquee.seating.boundary.CounterSeatView;
import org.marquee.seating.boundary.SeatsUnavailableException;
import org.marquee.seating.entity.SeatStatus;
import org.marquee.ticket.boundary.TicketView;
import org.marquee.web.site.Messages;
import org.marquee.web.site.account.CardForm;
import org.marquee.web.site.tickets.QrCodes;

/**
 * The box-office sell screen (/boxoffice/sell.xhtml), built for speed at a counter: the showtimes
 * of the next two days as one row of buttons, the seat map as the counter sees it (house seats free
 * for the clerk), click the seats, cash or card, sell; the tickets appear with their QR codes,
 * ready to print, and the screen is ready for the next buyer. Every control is a button or a field,
 * so it works from the keyboard.
 */
@Named
@ViewScoped
public class SellBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A row of the counter's seat map. */
  public record Row(String label, List<CounterSeatView> seats) implements Serializable {
    public String getLabel() {
      return label;
    }

    public List<CounterSeatView> getSeats() {
      return seats;
    }
  }

  @Inject CatalogService catalog;
  @Inject BoxOfficeService boxOffice;

  private List<ShowtimeView> showtimes = List.of();
  private ShowtimeView showtime;
  private List<Row> rows = List.of();
  private final Set<Long> selected = new LinkedHashSet<>();
  private String method = "cash";
  private final CardForm card = new CardForm();
  private OrderView sold;
  private String saleKey = UUID.randomUUID().toString();

  public void load() {
    showtimes =
        catalog.showtimes(new ShowtimeQuery(null, null, null, null, 200, 0)).stream()
            .filter(
                s -> s.startsAt().toInstant().isBefore(Instant.now().plus(Duration.ofHours(48))))
            .toList();
  }

  public void choose(long showtimeId) {
    showtime = catalog.showtime(showtimeId);
    selected.clear();
    sold = null;
    refresh();
  }

  private void refresh() {
    Map<String, List<CounterSeatView>> byRow = new LinkedHashMap<>();
    for (CounterSeatView seat : boxOffice.seatMap(showtime.id())) {
      byRow.computeIfAbsent(seat.seat().row(), r -> new ArrayList<>()).add(seat);
    }
    rows = byRow.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList();
    selected.removeIf(id -> !free(id));
  }

  private boolean free(long seatId) {
    return rows.stream()
        .flatMap(r -> r.seats().stream())
        .anyMatch(s -> s.seat().seatId() == seatId && s.seat().status() == SeatStatus.AVAILABLE);
  }

  public void toggle(long seatId) {
    sold = null;
    if (!selected.remove(seatId) && selected.size() < 10 && free(seatId)) {
      selected.add(seatId);
    }
  }

  public void sell() {
    PaymentChoice payment =
        "card".equals(method)
            ? card.toChoice()
            : new PaymentChoice(PaymentChoice.Method.CASH, null, null, null, null, null);
    try {
      sold = boxOffice.sell(showtime.id(), List.copyOf(selected), payment, saleKey);
      int tickets = sold.tickets().size();
      Messages.info(tickets == 1 ? "sell.done.one" : "sell.done.many", tickets, getSoldTotal());
      selected.clear();
      saleKey = UUID.randomUUID().toString();
      card.clear();
    } catch (SeatsUnavailableException e) {
      Messages.refusal(null, e);
      saleKey = UUID.randomUUID().toString();
    } catch (BusinessException e) {
      Messages.refusal(null, e);
      saleKey = UUID.randomUUID().toString();
    } finally {
      card.forgetSecrets();
      refresh();
    }
  }

  public String classes(CounterSeatView seat) {
    return "seat "
        + seat.seat().status().name().toLowerCase()
        + " "
        + seat.seat().category().name().toLowerCase()
        + (seat.house() ? " house" : "")
        + (selected.contains(seat.seat().seatId()) ? " selected" : "");
  }

  /**
   * What a screen reader says of a seat, in the page's language: "Row C seat 7, house seat,
   * premium, 13.80 EUR, available".
   */
  public String describe(CounterSeatView seat) {
    return Messages.text(
        seat.house() ? "sell.describe.house" : "sell.describe",
        seat.seat().row(),
        String.valueOf(seat.seat().number()),
        Messages.text("sell.category." + seat.seat().category().name()),
        Messages.money(seat.seat().priceCents(), showtime.currency()),
        selected.contains(seat.seat().seatId())
            ? Messages.text("sell.chosen")
            : Messages.text("sell.status." + seat.seat().status().name()));
  }

  public boolean isSelected(long seatId) {
    return selected.contains(seatId);
  }

  public int getCount() {
    return selected.size();
  }

  public String getTotal() {
    long cents =
        rows.stream()
            .flatMap(r -> r.seats().stream())
            .filter(s -> selected.contains(s.seat().seatId()))
            .mapToLong(s -> s.seat().priceCents())
            .sum();
    return Messages.money(cents, showtime.currency());
  }

  /** The sell button: "Sell 24.80 EUR". */
  public String getSellLabel() {
    return Messages.text("sell.button", getTotal());
  }

  public String getSoldTotal() {
    return sold == null ? "" : Messages.money(sold.totalCents(), sold.currency());
  }

  public String qr(TicketView ticket) {
    return "data:image/png;base64,"
        + Base64.getEncoder().encodeToString(QrCodes.png(ticket.code(), 160));
  }

  public List<ShowtimeView> getShowtimes() {
    return showtimes;
  }

  public ShowtimeView getShowtime() {
    return showtime;
  }

  public List<Row> getRows() {
    return rows;
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

  public OrderView getSold() {
    return sold;
  }
}
