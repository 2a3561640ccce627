package org.marquee.payment.entity;

/** How an order was paid: a card typed in, the account's stored card, or cash at the counter. */
public enum PaymentKind {
  CARD,
  SAVED_CARD,
  CASH
}
