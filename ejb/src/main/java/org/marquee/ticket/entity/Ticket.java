package org.marquee.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.marquee.booking.entity.Order;
import org.marquee.catalog.entity.Seat;
import org.marquee.catalog.entity.Showtime;
import org.marquee.catalog.entity.ShowtimeStatus;

/**
 * Admission for one seat of one showtime, identified at the door by an unguessable random code (the
 * value in its QR code). A database index allows one live ticket per seat and showtime; check-in
 * marks a ticket used exactly once, and never after its showtime has ended.
 */
@Entity
@NamedQuery(name = Ticket.BY_CODE, query = "select t from Ticket t where t.code = :code")
@NamedQuery(
    name = Ticket.BY_ORDER,
    query =
        "select t from Ticket t join fetch t.seat where t.order = :order"
            + " order by length(t.seat.rowLabel), t.seat.rowLabel, t.seat.number")
@NamedQuery(
    name = Ticket.BY_ORDERS_FOR_VIEW,
    query =
        "select t from Ticket t where t.order in :orders"
            + " order by length(t.seat.rowLabel), t.seat.rowLabel, t.seat.number")
public class Ticket {

  public static final String BY_CODE = "Ticket.byCode";

  /** An order's tickets, by row, then number. */
  public static final String BY_ORDER = "Ticket.byOrder";

  /**
   * The tickets of several orders, by row, then number; read with {@code BookingViews}' fetch
   * graph, so all a ticket's view shows comes in the same query.
   */
  public static final String BY_ORDERS_FOR_VIEW = "Ticket.byOrdersForView";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String code;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private Order order;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "showtime_id")
  private Showtime showtime;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "seat_id")
  private Seat seat;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TicketStatus status = TicketStatus.VALID;

  /** What the seat cost at the sale. */
  @Column(name = "price_cents", nullable = false)
  private int priceCents;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Ticket() {}

  public Ticket(Order order, Showtime showtime, Seat seat, int priceCents, Instant createdAt) {
    this.code = newCode();
    this.order = order;
    this.showtime = showtime;
    this.seat = seat;
    this.priceCents = priceCents;
    this.createdAt = createdAt;
  }

  /** 160 random bits, URL-safe: 27 characters nobody can guess. */
  static String newCode() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The status a person sees at {@code now}: a valid ticket of an ended showtime is expired. */
  public TicketStatus statusAt(Instant now) {
    if (status == TicketStatus.VALID && showtime.hasEndedAt(now)) {
      return TicketStatus.EXPIRED;
    }
    return status;
  }

  /**
   * Admits the holder at the door, once: refused if the ticket was used already (at any time), was
   * cancelled, its showtime was cancelled, or its showtime has ended. Doors open any time before
   * the end.
   */
  public void checkIn(Instant now) {
    if (status == TicketStatus.USED) {
      throw new TicketAlreadyUsedException(usedAt);
    }
    if (status == TicketStatus.CANCELLED) {
      throw new TicketNotValidException("This ticket was cancelled.");
    }
    if (showtime.getStatus() == ShowtimeStatus.CANCELLED) {
      throw new TicketNotValidException("This showtime was cancelled; the ticket is void.");
    }
    if (showtime.hasEndedAt(now)) {
      throw new TicketNotValidException("This showtime has ended; the ticket has expired.");
    }
    status = TicketStatus.USED;
    usedAt = now;
  }

  /** Voids this ticket (a refund); its seat may then be sold again. */
  public void cancel() {
    this.status = TicketStatus.CANCELLED;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public int getPriceCents() {
    return priceCents;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public Order getOrder() {
    return order;
  }

  public Showtime getShowtime() {
    return showtime;
  }

  public Seat getSeat() {
    return seat;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
