package org.marquee.web.site.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.booking.boundary.TicketView;
import org.marquee.ticket.entity.TicketStatus;

class TicketPdfTest {

  private static TicketView ticket(long id, String code, int seat) {
    OffsetDateTime start = OffsetDateTime.parse("2026-12-01T20:00:00+01:00");
    return new TicketView(
        id,
        code,
        7,
        3,
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

  @Test
  void onePagePerTicketWithItsSeatTimeAndCode() throws Exception {
    byte[] pdf =
        TicketPdf.of(
            List.of(
                ticket(1, "kegSSS4i8UUB_ISmoyhpcXIkcSE", 4),
                ticket(2, "BVMgT_0hbxpofAa4mheYZKVvzmE", 5)));
    assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
    PdfReader reader = new PdfReader(pdf);
    try {
      assertEquals(2, reader.getNumberOfPages());
      String first = new PdfTextExtractor(reader).getTextFromPage(1);
      assertTrue(first.contains("Neon Harbor"), first);
      assertTrue(first.contains("Tuesday 1 December 2026, 20:00"), first);
      assertTrue(first.contains("Row C, seat 4"), first);
      assertTrue(first.contains("kegSSS4i8UUB_ISmoyhpcXIkcSE"), first);
      assertTrue(new PdfTextExtractor(reader).getTextFromPage(2).contains("Row C, seat 5"));
    } finally {
      reader.close();
    }
  }
}
