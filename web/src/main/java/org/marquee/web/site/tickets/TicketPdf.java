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
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.marquee.ticket.boundary.TicketView;

/**
 * Tickets people can carry: one A6 page per ticket with the movie, the time in the theater's own
 * time zone, the seat, and the QR code the door scans (OpenPDF, the kept library).
 *
 * <p>Its words come from the account pages' bundle ({@link #TEXTS}, keys {@code pdf.*} and {@code
 * ticketStatus.*}) in the language the caller chose: {@code pdf.when} is a {@link
 * DateTimeFormatter} pattern taken as written, the other keys with arguments are {@link
 * MessageFormat} patterns.
 */
public final class TicketPdf {

  /** The bundle of the account pages, which holds the PDF's words. */
  public static final String TEXTS = "org.marquee.web.account";

  private TicketPdf() {}

  /**
   * The tickets in {@code locale}'s language: {@code texts} is {@link #TEXTS} for that locale,
   * which also formats the dates.
   */
  public static byte[] of(List<TicketView> tickets, ResourceBundle texts, Locale locale) {
    DateTimeFormatter when = DateTimeFormatter.ofPattern(texts.getString("pdf.when"), locale);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A6, 24, 24, 24, 24);
    try {
      PdfWriter.getInstance(document, pdf);
      document.addTitle(texts.getString("pdf.title"));
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
        document.add(new Paragraph(when.format(ticket.startsAt()), text));
        document.add(new Paragraph(ticket.theaterName() + " · " + ticket.auditorium(), text));
        String seat =
            new MessageFormat(texts.getString("pdf.seat"), locale)
                .format(new Object[] {ticket.row(), String.valueOf(ticket.number())});
        document.add(new Paragraph(seat, title));
        Image qr = Image.getInstance(QrCodes.png(ticket.code(), 300));
        qr.scaleToFit(170, 170);
        qr.setAlignment(Element.ALIGN_CENTER);
        document.add(qr);
        Paragraph code = new Paragraph(ticket.code(), small);
        code.setAlignment(Element.ALIGN_CENTER);
        document.add(code);
        document.add(
            new Paragraph(texts.getString("ticketStatus." + ticket.status().name()), text));
      }
      if (tickets.isEmpty()) {
        document.add(new Paragraph(texts.getString("pdf.none"), text));
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
