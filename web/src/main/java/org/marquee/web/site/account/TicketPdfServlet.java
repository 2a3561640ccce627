package org.marquee.web.site.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.boundary.UnknownOrderException;
import org.marquee.ticket.boundary.TicketService;
import org.marquee.web.api.Params;
import org.marquee.web.site.tickets.TicketPdf;

/**
 * An order's tickets as a PDF (/account/tickets.pdf?order=..), for the signed-in customer whose
 * order it is (the account pages' constraint, and {@link TicketService} answering "no such order"
 * for anyone else's). Not a Faces request: it picks the language from the browser's as the pages do
 * (faces-config.xml's locale-config), German or English.
 */
@WebServlet("/account/tickets.pdf")
public class TicketPdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The languages the bundles have (faces-config.xml: English, the default, and German). */
  static final List<String> LANGUAGES = List.of("en", "de");

  @Inject TicketService tickets;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Long orderId = Params.parseId(request.getParameter("order"));
    OrderView order;
    try {
      if (orderId == null) {
        throw new UnknownOrderException(request.getParameter("order"));
      }
      order = tickets.order(orderId);
    } catch (UnknownOrderException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = language(request);
    ResourceBundle texts =
        ResourceBundle.getBundle(
            TicketPdf.TEXTS,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    byte[] pdf = TicketPdf.of(order.tickets(), texts, locale);
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"marquee-order-" + order.id() + ".pdf\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  /**
   * The first of the browser's languages (Accept-Language) that the bundles have, English
   * otherwise. Without the header the servlet container offers its own default locale, which is not
   * the browser's choice, so that counts as none.
   */
  static Locale language(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return Locale.ENGLISH;
    }
    for (Locale wanted : Collections.list(request.getLocales())) {
      if (LANGUAGES.contains(wanted.getLanguage())) {
        return Locale.forLanguageTag(wanted.getLanguage());
      }
    }
    return Locale.ENGLISH;
  }
}
