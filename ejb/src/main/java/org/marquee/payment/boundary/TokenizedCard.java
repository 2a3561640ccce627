package org.marquee.payment.boundary;

/** What the payment gateway gives back for a card: a token to charge it by, and how to show it. */
public record TokenizedCard(String token, String brand, String last4, int expMonth, int expYear) {}
