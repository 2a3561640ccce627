package org.marquee.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import org.marquee.payment.boundary.CardDetails;
import org.marquee.payment.boundary.TokenizedCard;
import org.marquee.payment.control.CardRules;
import org.marquee.payment.control.Payments;

/**
 * A customer's stored card. The card is checked, then exchanged for a token at the payment gateway
 * — outside any database transaction — and only then is the token (with brand, last four digits,
 * expiry and holder) stored, in a transaction of its own. The number and cvc are never stored.
 */
@Stateless
@RolesAllowed("CUSTOMER")
public class PaymentMethodService {

  @Inject Payments gateway;
  @EJB AccountService accounts;
  @Inject Clock clock;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public PaymentMethodView save(
      String number, Integer expMonth, Integer expYear, String cvc, String holderName) {
    CardDetails card =
        CardRules.validate(number, expMonth, expYear, cvc, holderName, YearMonth.now(clock));
    TokenizedCard token = gateway.tokenize(card);
    return accounts.storePaymentMethod(token, card.holderName());
  }
}
