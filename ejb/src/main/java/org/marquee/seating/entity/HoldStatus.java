package org.marquee.seating.entity;

/** Where a hold stands: active until released, expired or turned into an order. */
public enum HoldStatus {
  ACTIVE,
  RELEASED,
  EXPIRED,
  CONVERTED
}
