package org.marquee.booking.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * An order as asked: either seats of a showtime ({@code showtimeId}, {@code seatIds}) or an
 * existing hold ({@code holdId}), and how to pay.
 */
public record PurchaseCommand(
    Long showtimeId, List<Long> seatIds, Long holdId, PaymentChoice payment)
    implements Serializable {

  public static PurchaseCommand ofSeats(long showtimeId, List<Long> seatIds, PaymentChoice pay) {
    return new PurchaseCommand(showtimeId, seatIds, null, pay);
  }

  public static PurchaseCommand ofHold(long holdId, PaymentChoice pay) {
    return new PurchaseCommand(null, null, holdId, pay);
  }
}
