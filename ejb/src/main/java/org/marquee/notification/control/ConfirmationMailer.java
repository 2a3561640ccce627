package org.marquee.notification.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
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
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.control.OrderConfirmed;
import org.marquee.ticket.boundary.TicketView;

/**
 * Writes and sends an order's confirmation through the server's mail session
 * (java:jboss/mail/Marquee, see wildfly-config/60-mail.cli), outside any transaction, from what the
 * confirmation carries: nothing is read from the database for it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConfirmationMailer {

  private static final Logger LOG = Logger.getLogger(ConfirmationMailer.class.getName());

  @Resource(lookup = "java:jboss/mail/Marquee")
  Session mail;

  public void send(OrderConfirmed confirmed) {
    String to = confirmed.buyerEmail();
    if (to == null) {
      return; // a walk-in at the box office: no address
    }
    OrderView order = confirmed.order();
    Locale language = Locale.forLanguageTag(confirmed.buyerLanguage());
    ResourceBundle texts = texts(language);
    try {
      MimeMessage message = new MimeMessage(mail);
      message.setFrom(); // the session's "from" (marquee.mail.from)
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      TicketView first = order.tickets().get(0);
      message.setSubject(
          format(texts, language, "subject", first.movieTitle(), when(texts, language, first)),
          "UTF-8");
      message.setText(body(order, texts, language), "UTF-8");
      Transport.send(message);
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "confirmation mail for order " + order.id() + " not sent: " + e);
    }
  }

  /** The mail's texts in {@code language} (English, the base bundle, for any other). */
  static ResourceBundle texts(Locale language) {
    return ResourceBundle.getBundle(
        "org.marquee.notification.mail",
        language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String format(ResourceBundle texts, Locale language, String key, Object... args) {
    return new MessageFormat(texts.getString(key), language).format(args);
  }

  private static String when(ResourceBundle texts, Locale language, TicketView ticket) {
    return DateTimeFormatter.ofPattern(texts.getString("format.when"), language)
        .format(ticket.startsAt());
  }

  /** An amount as the mail's language writes it: "22.00 EUR", "22,00 EUR". */
  static String money(long cents, String currency, Locale language) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return BigDecimal.valueOf(cents, digits)
            .toPlainString()
            .replace('.', DecimalFormatSymbols.getInstance(language).getDecimalSeparator())
        + " "
        + currency;
  }

  static String body(OrderView order, ResourceBundle texts, Locale language) {
    TicketView first = order.tickets().get(0);
    StringBuilder text =
        new StringBuilder()
            .append(format(texts, language, "thanks", String.valueOf(order.id())))
            .append("\n\n")
            .append(first.movieTitle())
            .append('\n')
            .append(when(texts, language, first))
            .append('\n')
            .append(first.theaterName())
            .append(", ")
            .append(first.auditorium())
            .append("\n\n");
    for (TicketView ticket : order.tickets()) {
      text.append(
              format(
                  texts,
                  language,
                  "ticket",
                  ticket.row(),
                  String.valueOf(ticket.number()),
                  ticket.code()))
          .append('\n');
    }
    text.append('\n')
        .append(texts.getString("atTheDoor"))
        .append('\n')
        .append(
            format(texts, language, "total", money(order.totalCents(), order.currency(), language)))
        .append("\n\nMarquee\n");
    return text.toString();
  }
}
