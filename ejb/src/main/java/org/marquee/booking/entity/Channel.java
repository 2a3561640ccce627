package org.marquee.booking.entity;

/** Where an order was made: on the web site by a customer, or at the counter by a clerk. */
public enum Channel {
  WEB,
  BOX_OFFICE
}
