package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The confirmation mail, through WildFly's mail session to a real SMTP server on loopback
 * (GreenMail, on the port the test server's mail session points at): after a web purchase the buyer
 * gets the movie, the time and every ticket code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  private GreenMail smtp;

  @BeforeEach
  void startSmtp() {
    smtp = new GreenMail(new ServerSetup(13025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  @Test
  void theBuyerGetsTheTicketCodesByMail() throws Exception {
    JsonObject programme = Http.object(Http.request("POST", "/api/v1/test-fixture/programme"));
    Buyer buyer = Buyer.register("mailed");
    JsonObject order = buyTwoSeats(programme, buyer);

    MimeMessage mail = mailTo(buyer.email);
    assertTrue(
        mail.getSubject().startsWith("Your tickets for " + programme.getString("title")),
        mail.getSubject());
    assertEquals("tickets@marquee.example", mail.getFrom()[0].toString());
    String body = GreenMailUtil.getBody(mail);
    for (var ticket : order.getJsonArray("tickets")) {
      assertTrue(body.contains(ticket.asJsonObject().getString("code")), body);
    }
    assertTrue(body.contains("22.00 EUR"), body);
  }

  @Test
  void aCustomerWhoReadsGermanGetsTheMailInGerman() throws Exception {
    JsonObject programme = Http.object(Http.request("POST", "/api/v1/test-fixture/programme"));
    Buyer buyer = Buyer.register("gemailt");
    Http.request("POST", "/api/v1/test-fixture/accounts/" + buyer.email + "/language/de");
    JsonObject order = buyTwoSeats(programme, buyer);

    MimeMessage mail = mailTo(buyer.email);
    assertTrue(
        mail.getSubject().startsWith("Ihre Tickets für " + programme.getString("title")),
        mail.getSubject());
    String body = (String) mail.getContent(); // decoded (the umlauts travel quoted-printable)
    assertTrue(body.contains("Vielen Dank für Ihre Bestellung " + order.getJsonNumber("id")), body);
    assertTrue(body.contains("Gesamt: 22,00 EUR"), body);
  }

  /** Two seats (22.00 EUR) of the programme's showtime, bought with a card. */
  private static JsonObject buyTwoSeats(JsonObject programme, Buyer buyer) {
    long showtime = programme.getJsonNumber("showtimeId").longValue();
    List<Long> seats = Buyer.seatIds(showtime);
    return Http.object(buyer.buy(showtime, seats.subList(2, 4), Buyer.APPROVED));
  }

  private MimeMessage mailTo(String email) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (recipient(m).equalsIgnoreCase(email)) {
          return m;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no confirmation arrived for " + email);
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }
}
