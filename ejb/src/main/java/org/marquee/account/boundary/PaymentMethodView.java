package org.marquee.account.boundary;

import java.io.Serializable;
import org.marquee.account.entity.PaymentMethod;

/** A stored card as its owner sees it: never its number or cvc, which Marquee never has. */
public record PaymentMethodView(
    String brand, String last4, int expMonth, int expYear, String holderName)
    implements Serializable {

  public static PaymentMethodView of(PaymentMethod method) {
    return method == null
        ? null
        : new PaymentMethodView(
            method.getBrand(),
            method.getLast4(),
            method.getExpMonth(),
            method.getExpYear(),
            method.getHolderName());
  }
}
