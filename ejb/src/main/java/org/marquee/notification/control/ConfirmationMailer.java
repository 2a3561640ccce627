package org.marquee.notification.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.boundary.TicketView;
import org.marquee.booking.control.PurchaseSteps;

/**
 * Writes and sends an order's confirmation through the server's mail session
 * (java:jboss/mail/Marquee, see wildfly-config/60-mail.cli): the order is read in a transaction of
 * its own, and the mail is sent outside any transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConfirmationMailer {

  private static final Logger LOG = Logger.getLogger(ConfirmationMailer.class.getName());
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

  @Resource(lookup = "java:jboss/mail/Marquee")
  Session mail;

  @EJB PurchaseSteps steps;

  public void send(long orderId) {
    String to = steps.buyerEmail(orderId);
    if (to == null) {
      return; // a walk-in at the box office: no address
    }
    OrderView order = steps.orderView(orderId);
    try {
      MimeMessage message = new MimeMessage(mail);
      message.setFrom(); // the session's "from" (marquee.mail.from)
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      TicketView first = order.tickets().get(0);
      message.setSubject(
          "Your tickets for " + first.movieTitle() + ", " + WHEN.format(first.startsAt()), "UTF-8");
      message.setText(body(order), "UTF-8");
      Transport.send(message);
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "confirmation mail for order " + orderId + " not sent: " + e);
    }
  }

  static String money(long cents, String currency) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return BigDecimal.valueOf(cents, digits).toPlainString() + " " + currency;
  }

  static String body(OrderView order) {
    TicketView first = order.tickets().get(0);
    StringBuilder text =
        new StringBuilder()
            .append("Thank you for your order ")
            .append(order.id())
            .append(".\n\n")
            .append(first.movieTitle())
            .append('\n')
            .append(WHEN.format(first.startsAt()))
            .append('\n')
            .append(first.theaterName())
            .append(", ")
            .append(first.auditorium())
            .append("\n\n");
    for (TicketView ticket : order.tickets()) {
      text.append("Row ")
          .append(ticket.row())
          .append(", seat ")
          .append(ticket.number())
          .append(": ticket code ")
          .append(ticket.code())
          .append('\n');
    }
    text.append("\nShow the code, or the QR code on \"My tickets\", at the door.\n")
        .append("Total: ")
        .append(money(order.totalCents(), order.currency()))
        .append("\n\nMarquee\n");
    return text.toString();
  }
}
