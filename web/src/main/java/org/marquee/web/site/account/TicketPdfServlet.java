package org.marquee.web.site.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.boundary.TicketService;
import org.marquee.booking.boundary.UnknownOrderException;
import org.marquee.web.api.Params;
import org.marquee.web.site.tickets.TicketPdf;

/**
 * An order's tickets as a PDF (/account/tickets.pdf?order=..), for the signed-in customer whose
 * order it is (the account pages' constraint, and {@link TicketService} answering "no such order"
 * for anyone else's).
 */
@WebServlet("/account/tickets.pdf")
public class TicketPdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

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
    byte[] pdf = TicketPdf.of(order.tickets());
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"marquee-order-" + order.id() + ".pdf\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
