package org.marquee.web.site.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marquee.media.boundary.MediaKind;
import org.marquee.ticket.boundary.TicketService;
import org.marquee.ticket.boundary.TicketView;
import org.marquee.ticket.boundary.TicketWhen;
import org.marquee.web.media.MediaUrls;

/**
 * "My tickets" (/account/tickets.xhtml): upcoming bookings first, then past ones. A booking is an
 * order's tickets for one showtime, shown as one card with its seats, as cinema sites do.
 */
@Named
@RequestScoped
public class TicketsBacking {

  /** One order's tickets for one showtime. */
  public record Booking(
      long orderId,
      String movieTitle,
      OffsetDateTime startsAt,
      String theaterName,
      String auditorium,
      String posterUrl,
      List<TicketView> tickets) {

    public long getOrderId() {
      return orderId;
    }

    public String getMovieTitle() {
      return movieTitle;
    }

    public OffsetDateTime getStartsAt() {
      return startsAt;
    }

    public String getTheaterName() {
      return theaterName;
    }

    public String getAuditorium() {
      return auditorium;
    }

    public String getPosterUrl() {
      return posterUrl;
    }

    public List<TicketView> getTickets() {
      return tickets;
    }
  }

  @Inject TicketService tickets;
  @Inject MediaUrls mediaUrls;

  private List<Booking> upcoming;
  private List<Booking> past;

  @PostConstruct
  void load() {
    upcoming = bookings(tickets.myTickets(TicketWhen.UPCOMING, 200, 0));
    past = bookings(tickets.myTickets(TicketWhen.PAST, 200, 0));
  }

  /** The tickets by order and showtime, in the order the first ticket of each comes. */
  private List<Booking> bookings(List<TicketView> all) {
    Map<String, List<TicketView>> byBooking = new LinkedHashMap<>();
    all.forEach(
        t ->
            byBooking
                .computeIfAbsent(t.orderId() + "/" + t.showtimeId(), k -> new ArrayList<>())
                .add(t));
    return byBooking.values().stream()
        .map(
            list -> {
              TicketView first = list.get(0);
              return new Booking(
                  first.orderId(),
                  first.movieTitle(),
                  first.startsAt(),
                  first.theaterName(),
                  first.auditorium(),
                  mediaUrls.of(MediaKind.POSTER, first.movieId()),
                  List.copyOf(list));
            })
        .toList();
  }

  public List<Booking> getUpcoming() {
    return upcoming;
  }

  public List<Booking> getPast() {
    return past;
  }
}
