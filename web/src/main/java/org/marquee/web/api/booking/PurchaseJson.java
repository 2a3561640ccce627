package org.marquee.web.api.booking;

import org.marquee.booking.boundary.PaymentChoice;
import org.marquee.booking.boundary.PurchaseCommand;
import org.marquee.web.api.InvalidParameterException;
import org.marquee.web.api.JsonBody;

/**
 * Reads the body of a purchase: {@code {showtimeId, seatIds[]}} or {@code {holdId}}, plus {@code
 * payment}: {@code {"method": "saved"}}, {@code {"method": "card", cardNumber, expMonth, expYear,
 * cvc, holderName}} or {@code {"method": "cash"}}.
 */
public final class PurchaseJson {

  /** More ids than this in one request is malformed, not just too many seats. */
  public static final int MAX_IDS = 100;

  private PurchaseJson() {}

  public static PurchaseCommand command(JsonBody body) {
    return new PurchaseCommand(
        body.id("showtimeId"), body.ids("seatIds", MAX_IDS), body.id("holdId"), payment(body));
  }

  public static PaymentChoice payment(JsonBody body) {
    JsonBody payment = body.object("payment");
    if (payment == null) {
      throw new InvalidParameterException("payment is required.");
    }
    String method = payment.string("method");
    if (method == null) {
      throw new InvalidParameterException("payment.method is required.");
    }
    return switch (method) {
      case "saved" -> PaymentChoice.saved();
      case "cash" -> new PaymentChoice(PaymentChoice.Method.CASH, null, null, null, null, null);
      case "card" ->
          PaymentChoice.card(
              payment.string("cardNumber"),
              payment.integer("expMonth"),
              payment.integer("expYear"),
              payment.string("cvc"),
              payment.string("holderName"));
      default -> throw new InvalidParameterException("payment.method must be saved, card or cash.");
    };
  }
}
