package org.marquee.web.site.showtimes;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marquee.booking.boundary.InvalidPurchaseException;
import org.marquee.catalog.boundary.CatalogService;
import org.marquee.catalog.boundary.ShowtimeView;
import org.marquee.catalog.boundary.UnknownShowtimeException;
import org.marquee.catalog.entity.SeatCategory;
import org.marquee.seating.boundary.HoldService;
import org.marquee.seating.boundary.HoldView;
import org.marquee.seating.boundary.SeatView;
import org.marquee.seating.boundary.SeatsUnavailableException;
import org.marquee.seating.entity.SeatStatus;
import org.marquee.web.api.Params;
import org.marquee.web.site.Messages;

/**
 * The seat map of a showtime (/showtimes/seats.xhtml?id=..): every seat by row, with its category
 * and whether it is free, held or sold. A customer picks up to ten free seats and holds them; the
 * hold then waits for payment on the checkout page. Anyone may look; holding asks for a sign-in.
 */
@Named
@ViewScoped
public class SeatsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_SEATS = 10;

  /** A row of the map. */
  public record Row(String label, List<SeatView> seats) implements Serializable {
    public String getLabel() {
      return label;
    }

    public List<SeatView> getSeats() {
      return seats;
    }
  }

  /** A seat category of this auditorium with its price at this showtime, for the legend. */
  public record CategoryPrice(SeatCategory category, String price) implements Serializable {}

  @Inject CatalogService catalog;
  @Inject HoldService holds;

  private String id;
  private ShowtimeView showtime;
  private List<Row> rows = List.of();
  private final Set<Long> selected = new LinkedHashSet<>();

  public void load() {
    Long showtimeId = Params.parseId(id);
    try {
      if (showtimeId == null) {
        throw new UnknownShowtimeException(id);
      }
      showtime = catalog.showtime(showtimeId);
      refresh();
    } catch (UnknownShowtimeException e) {
      showtime = null;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  private void refresh() {
    Map<String, List<SeatView>> byRow = new LinkedHashMap<>();
    for (SeatView seat : catalog.seatMap(showtime.id())) {
      byRow.computeIfAbsent(seat.row(), r -> new ArrayList<>()).add(seat);
    }
    rows = byRow.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList();
    selected.removeIf(seatId -> !isFree(seatId));
  }

  private boolean isFree(long seatId) {
    return rows.stream()
        .flatMap(r -> r.seats().stream())
        .anyMatch(s -> s.seatId() == seatId && s.status() == SeatStatus.AVAILABLE);
  }

  /** Picks a free seat, or puts a picked one back. */
  public void toggle(long seatId) {
    if (!selected.remove(seatId)) {
      if (selected.size() >= MAX_SEATS) {
        Messages.error(null, "seats.atMost", MAX_SEATS);
      } else if (isFree(seatId)) {
        selected.add(seatId);
      }
    }
  }

  /** Holds the picked seats and goes on to pay; asks a visitor to sign in first. */
  public void hold() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (external.getUserPrincipal() == null) {
      String back = "/showtimes/seats.xhtml?id=" + showtime.id();
      external.redirect(
          external.getRequestContextPath()
              + "/login.xhtml?next="
              + URLEncoder.encode(back, StandardCharsets.UTF_8));
      return;
    }
    try {
      HoldView hold = holds.hold(showtime.id(), List.copyOf(selected));
      external.redirect(
          external.getRequestContextPath() + "/account/checkout.xhtml?hold=" + hold.holdId());
    } catch (SeatsUnavailableException e) {
      Messages.refusal(null, e, "seats.seeWhatIsFree");
      selected.removeAll(e.seatIds());
      refresh();
    } catch (InvalidPurchaseException e) {
      Messages.refusal(null, e);
      refresh();
    }
  }

  public boolean isSelected(long seatId) {
    return selected.contains(seatId);
  }

  /** CSS classes of a seat: its status, its category, and whether it is picked. */
  public String classes(SeatView seat) {
    return "seat "
        + seat.status().name().toLowerCase()
        + " "
        + seat.category().name().toLowerCase()
        + (selected.contains(seat.seatId()) ? " selected" : "");
  }

  /** What a screen reader says of a seat: "Row C seat 7, premium, 13.80 EUR, free". */
  public String describe(SeatView seat) {
    return Messages.text(
        "seats.describe",
        seat.row(),
        String.valueOf(seat.number()),
        Messages.text("category." + seat.category().name()),
        Messages.money(seat.priceCents(), showtime.currency()),
        selected.contains(seat.seatId())
            ? Messages.text("seats.chosenSeat")
            : Messages.text("seatStatus." + seat.status().name()));
  }

  /** Each category of the map with its price (the lowest, should rows differ), in map order. */
  public List<CategoryPrice> getCategories() {
    Map<SeatCategory, Integer> cheapest = new java.util.EnumMap<>(SeatCategory.class);
    rows.forEach(
        r -> r.seats().forEach(s -> cheapest.merge(s.category(), s.priceCents(), Math::min)));
    return cheapest.entrySet().stream()
        .map(e -> new CategoryPrice(e.getKey(), Messages.money(e.getValue(), showtime.currency())))
        .toList();
  }

  public String getTotal() {
    long cents =
        rows.stream()
            .flatMap(r -> r.seats().stream())
            .filter(s -> selected.contains(s.seatId()))
            .mapToLong(SeatView::priceCents)
            .sum();
    return Messages.money(cents, showtime.currency());
  }

  public String getChosen() {
    List<String> labels = new ArrayList<>();
    rows.forEach(
        r ->
            r.seats().stream()
                .filter(s -> selected.contains(s.seatId()))
                .forEach(s -> labels.add(s.row() + s.number())));
    return String.join(", ", labels);
  }

  public int getCount() {
    return selected.size();
  }

  public boolean isOnSale() {
    return showtime != null && showtime.startsAt().toInstant().isAfter(java.time.Instant.now());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ShowtimeView getShowtime() {
    return showtime;
  }

  public List<Row> getRows() {
    return rows;
  }
}
