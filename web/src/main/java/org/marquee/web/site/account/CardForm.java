package org.marquee.web.site.account;

import java.io.Serializable;
import org.marquee.booking.boundary.PaymentChoice;

/**
 * A card as typed into a page (the stored card page, the checkout). The number and cvc are to be
 * forgotten as soon as they have gone to the payment gateway: {@link #forgetSecrets()}.
 */
public class CardForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's field ids, which are also the names the card rules put first in a refusal. */
  static final String[] FIELDS = {"cardNumber", "expMonth", "expYear", "cvc", "holderName"};

  private String cardNumber;
  private Integer expMonth;
  private Integer expYear;
  private String cvc;
  private String holderName;

  /** The typed card as the way to pay, for the booking services to check and charge. */
  public PaymentChoice toChoice() {
    return PaymentChoice.card(cardNumber, expMonth, expYear, cvc, holderName);
  }

  /** Drops what must never outlive the request that sent it. */
  public void forgetSecrets() {
    cardNumber = null;
    cvc = null;
  }

  /** Empties the whole form. */
  public void clear() {
    forgetSecrets();
    expMonth = null;
    expYear = null;
    holderName = null;
  }

  public String getCardNumber() {
    return cardNumber;
  }

  public void setCardNumber(String cardNumber) {
    this.cardNumber = cardNumber;
  }

  public Integer getExpMonth() {
    return expMonth;
  }

  public void setExpMonth(Integer expMonth) {
    this.expMonth = expMonth;
  }

  public Integer getExpYear() {
    return expYear;
  }

  public void setExpYear(Integer expYear) {
    this.expYear = expYear;
  }

  public String getCvc() {
    return cvc;
  }

  public void setCvc(String cvc) {
    this.cvc = cvc;
  }

  public String getHolderName() {
    return holderName;
  }

  public void setHolderName(String holderName) {
    this.holderName = holderName;
  }
}
