package org.marquee.web.site.tickets;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.marquee.booking.boundary.TicketView;

/**
 * Tickets people can carry: one A6 page per ticket with the movie, the time in the theater's own
 * time zone, the seat, and the QR code the door scans (OpenPDF, the kept library).
 */
public final class TicketPdf {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

  private TicketPdf() {}

  public static byte[] of(List<TicketView> tickets) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A6, 24, 24, 24, 24);
    try {
      PdfWriter.getInstance(document, pdf);
      document.addTitle("Marquee tickets");
      document.open();
      Font title = new Font(Font.HELVETICA, 16, Font.BOLD);
      Font text = new Font(Font.HELVETICA, 10);
      Font small = new Font(Font.COURIER, 8);
      boolean first = true;
      for (TicketView ticket : tickets) {
        if (!first) {
          document.newPage();
        }
        first = false;
        document.add(new Paragraph(ticket.movieTitle(), title));
        document.add(new Paragraph(WHEN.format(ticket.startsAt()), text));
        document.add(new Paragraph(ticket.theaterName() + " · " + ticket.auditorium(), text));
        document.add(new Paragraph("Row " + ticket.row() + ", seat " + ticket.number(), title));
        Image qr = Image.getInstance(QrCodes.png(ticket.code(), 300));
        qr.scaleToFit(170, 170);
        qr.setAlignment(Element.ALIGN_CENTER);
        document.add(qr);
        Paragraph code = new Paragraph(ticket.code(), small);
        code.setAlignment(Element.ALIGN_CENTER);
        document.add(code);
        document.add(new Paragraph(ticket.status().name(), text));
      }
      if (tickets.isEmpty()) {
        document.add(new Paragraph("No tickets.", text));
      }
    } catch (DocumentException e) {
      throw new IllegalStateException("the ticket could not be laid out", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      document.close();
    }
    return pdf.toByteArray();
  }
}
