package org.marquee.web.site.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.account.boundary.AccountService;
import org.marquee.account.boundary.PaymentMethodService;
import org.marquee.account.boundary.PaymentMethodView;
import org.marquee.payment.boundary.GatewayUnavailableException;
import org.marquee.payment.boundary.InvalidCardException;
import org.marquee.web.site.Messages;

/**
 * The stored card page (/account/card.xhtml): shows the card as a person recognises it, and adds,
 * replaces or removes it. The typed number and cvc go to the payment gateway and are forgotten: the
 * bean clears them whatever the outcome.
 */
@Named
@ViewScoped
public class CardBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "card";

  @Inject AccountService accounts;
  @Inject PaymentMethodService paymentMethods;

  private PaymentMethodView current;
  private final CardForm card = new CardForm();

  @PostConstruct
  void load() {
    current = accounts.me().paymentMethod();
  }

  public void save() {
    try {
      current =
          paymentMethods.save(
              card.getCardNumber(),
              card.getExpMonth(),
              card.getExpYear(),
              card.getCvc(),
              card.getHolderName());
      Messages.info("card.saved");
      card.clear();
    } catch (InvalidCardException e) {
      Messages.onField(FORM, e, CardForm.FIELDS);
    } catch (GatewayUnavailableException e) {
      Messages.refusal(null, e);
    } finally {
      card.forgetSecrets();
    }
  }

  public void remove() {
    accounts.removePaymentMethod();
    current = null;
    Messages.info("card.removed");
  }

  public PaymentMethodView getCurrent() {
    return current;
  }

  public CardForm getCard() {
    return card;
  }
}
