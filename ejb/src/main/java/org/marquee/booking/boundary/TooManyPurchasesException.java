package org.marquee.booking.boundary;

import org.marquee.platform.BusinessException;

/**
 * The account already has as many purchases waiting or in progress on this node as one account may
 * (see {@code PurchaseAdmission}): nothing was claimed, held or charged.
 */
public class TooManyPurchasesException extends BusinessException.TooMany {
  private static final long serialVersionUID = 1L;

  public TooManyPurchasesException(int share) {
    super(
        "Your account already has "
            + share
            + " purchases under way; wait for their answers before sending more.");
  }
}
