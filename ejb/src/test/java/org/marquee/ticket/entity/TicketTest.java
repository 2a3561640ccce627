package org.marquee.ticket.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marquee.catalog.entity.Auditorium;
import org.marquee.catalog.entity.Movie;
import org.marquee.catalog.entity.Showtime;
import org.marquee.catalog.entity.Theater;

class TicketTest {

  private final Instant start = Instant.parse("2026-12-01T19:30:00Z");
  private final Showtime showtime =
      new Showtime(
          new Movie("Film", "", 100, "PG", List.of(), LocalDate.of(2026, 1, 1)),
          new Auditorium(new Theater("Odeon", "Berlin", "Street 1", ZoneId.of("UTC")), "1"),
          start,
          1000,
          "EUR");

  @Test
  void codesAreLongRandomAndUrlSafe() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = Ticket.newCode();
      assertTrue(code.length() >= 20, code);
      assertTrue(code.matches("[A-Za-z0-9_-]+"), code);
      codes.add(code);
    }
    assertEquals(10_000, codes.size());
  }

  @Test
  void aValidTicketReadsExpiredOnceItsShowtimeHasEnded() {
    Ticket ticket = new Ticket(null, showtime, null, 1000, start.minusSeconds(3600));
    assertEquals(TicketStatus.VALID, ticket.statusAt(showtime.getEndsAt().minusSeconds(1)));
    assertEquals(TicketStatus.EXPIRED, ticket.statusAt(showtime.getEndsAt()));
  }

  @Test
  void aCancelledTicketStaysCancelled() {
    Ticket ticket = new Ticket(null, showtime, null, 1000, start.minusSeconds(3600));
    ticket.cancel();
    assertEquals(TicketStatus.CANCELLED, ticket.statusAt(showtime.getEndsAt().plusSeconds(1)));
  }

  @Test
  void aTicketAdmitsOnceAtAnyTimeBeforeTheEnd() {
    Ticket ticket = new Ticket(null, showtime, null, 1000, start.minusSeconds(3600));
    Instant early = start.minusSeconds(2 * 3600);
    ticket.checkIn(early);
    assertEquals(TicketStatus.USED, ticket.statusAt(early));
    assertEquals(early, ticket.getUsedAt());
    assertThrows(TicketAlreadyUsedException.class, () -> ticket.checkIn(start));
    assertThrows(
        TicketAlreadyUsedException.class,
        () -> ticket.checkIn(showtime.getEndsAt().plusSeconds(60)),
        "used beats ended");
    assertEquals(TicketStatus.USED, ticket.statusAt(showtime.getEndsAt().plusSeconds(60)));
  }

  @Test
  void anEndedShowOrACancelledTicketAdmitsNobody() {
    Ticket late = new Ticket(null, showtime, null, 1000, start.minusSeconds(3600));
    assertThrows(TicketNotValidException.class, () -> late.checkIn(showtime.getEndsAt()));
    assertEquals(TicketStatus.EXPIRED, late.statusAt(showtime.getEndsAt()));
    Ticket cancelled = new Ticket(null, showtime, null, 1000, start.minusSeconds(3600));
    cancelled.cancel();
    assertThrows(TicketNotValidException.class, () -> cancelled.checkIn(start));
  }
}
