package org.marquee.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.entity.Channel;
import org.marquee.booking.entity.OrderStatus;
import org.marquee.ticket.boundary.TicketView;
import org.marquee.ticket.entity.TicketStatus;

class ConfirmationMailerTest {

  private static final OffsetDateTime START = OffsetDateTime.parse("2026-12-01T20:00:00+01:00");

  private static TicketView ticket(int seat, String code) {
    return new TicketView(
        seat,
        code,
        42,
        3,
        2,
        "Neon Harbor",
        "Marquee Mitte",
        "Screen 1",
        START,
        START.plusMinutes(120),
        seat,
        "C",
        seat,
        TicketStatus.VALID,
        "PG-13");
  }

  private static final OrderView ORDER =
      new OrderView(
          42,
          OrderStatus.CONFIRMED,
          Channel.WEB,
          3,
          2760,
          "EUR",
          START.minusDays(2),
          List.of(
              ticket(4, "kegSSS4i8UUB_ISmoyhpcXIkcSE"), ticket(5, "BVMgT_0hbxpofAa4mheYZKVvzmE")));

  @Test
  void theMailSaysWhatWasBoughtInEnglish() {
    String body =
        ConfirmationMailer.body(ORDER, ConfirmationMailer.texts(Locale.ENGLISH), Locale.ENGLISH);
    assertTrue(body.startsWith("Thank you for your order 42.\n\nNeon Harbor\n"), body);
    assertTrue(body.contains("Tuesday 1 December 2026, 20:00\nMarquee Mitte, Screen 1"), body);
    assertTrue(body.contains("Row C, seat 4: ticket code kegSSS4i8UUB_ISmoyhpcXIkcSE\n"), body);
    assertTrue(body.contains("Row C, seat 5: ticket code BVMgT_0hbxpofAa4mheYZKVvzmE\n"), body);
    assertTrue(body.contains("Total: 27.60 EUR"), body);
  }

  @Test
  void aGermanReaderGetsItInGerman() {
    String body =
        ConfirmationMailer.body(ORDER, ConfirmationMailer.texts(Locale.GERMAN), Locale.GERMAN);
    assertTrue(body.startsWith("Vielen Dank für Ihre Bestellung 42.\n"), body);
    assertTrue(body.contains("Dienstag, 1. Dezember 2026, 20:00 Uhr"), body);
    assertTrue(body.contains("Reihe C, Platz 4: Ticketcode kegSSS4i8UUB_ISmoyhpcXIkcSE"), body);
    assertTrue(body.contains("Gesamt: 27,60 EUR"), body);
  }

  @Test
  void aLanguageMarqueeDoesNotWriteGetsEnglish() {
    assertEquals(
        "Total: {0}", ConfirmationMailer.texts(Locale.forLanguageTag("fr")).getString("total"));
  }
}
