package org.marquee.web.site.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.marquee.ticket.boundary.TicketView;
import org.marquee.ticket.entity.TicketStatus;

class TicketPdfTest {

  private static TicketView ticket(long id, String code, int seat) {
    OffsetDateTime start = OffsetDateTime.parse("2026-12-01T20:00:00+01:00");
    return new TicketView(
        id,
        code,
        7,
        3,
        2,
        "Neon Harbor",
        "Marquee Mitte",
        "Screen 1",
        start,
        start.plusMinutes(124),
        40 + seat,
        "C",
        seat,
        TicketStatus.VALID,
        "R");
  }

  /** The PDF's words as the servlet loads them: never the JVM's default language instead. */
  private static ResourceBundle texts(Locale locale) {
    return ResourceBundle.getBundle(
        TicketPdf.TEXTS,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String text(byte[] pdf, int page) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    try {
      return new PdfTextExtractor(reader).getTextFromPage(page);
    } finally {
      reader.close();
    }
  }

  @Test
  void onePagePerTicketWithItsSeatTimeAndCode() throws Exception {
    byte[] pdf =
        TicketPdf.of(
            List.of(
                ticket(1, "kegSSS4i8UUB_ISmoyhpcXIkcSE", 4),
                ticket(2, "BVMgT_0hbxpofAa4mheYZKVvzmE", 5)),
            texts(Locale.ENGLISH),
            Locale.ENGLISH);
    assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
    PdfReader reader = new PdfReader(pdf);
    try {
      assertEquals(2, reader.getNumberOfPages());
      String first = new PdfTextExtractor(reader).getTextFromPage(1);
      assertTrue(first.contains("Neon Harbor"), first);
      assertTrue(first.contains("Tuesday 1 December 2026, 20:00"), first);
      assertTrue(first.contains("Row C, seat 4"), first);
      assertTrue(first.contains("kegSSS4i8UUB_ISmoyhpcXIkcSE"), first);
      assertTrue(first.contains("valid"), first);
      assertTrue(new PdfTextExtractor(reader).getTextFromPage(2).contains("Row C, seat 5"));
    } finally {
      reader.close();
    }
  }

  @Test
  void inGermanTheDateAndSeatAreGerman() throws Exception {
    Locale german = Locale.GERMAN;
    String page =
        text(
            TicketPdf.of(
                List.of(ticket(1, "kegSSS4i8UUB_ISmoyhpcXIkcSE", 4)), texts(german), german),
            1);
    assertTrue(page.contains("Neon Harbor"), page);
    assertTrue(page.contains("Dienstag, 1. Dezember 2026, 20:00 Uhr"), page);
    assertTrue(page.contains("Reihe C, Platz 4"), page);
    assertTrue(page.contains("kegSSS4i8UUB_ISmoyhpcXIkcSE"), page);
    assertFalse(page.contains("Row C"), page);
  }

  @Test
  void withoutTicketsItSaysSo() throws Exception {
    assertTrue(
        text(TicketPdf.of(List.of(), texts(Locale.ENGLISH), Locale.ENGLISH), 1)
            .contains("No tickets."));
    assertTrue(
        text(TicketPdf.of(List.of(), texts(Locale.GERMAN), Locale.GERMAN), 1)
            .contains("Keine Tickets."));
  }
}
