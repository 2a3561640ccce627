package org.marquee.booking.control;

import java.util.List;
import org.marquee.booking.entity.Channel;
import org.marquee.payment.entity.PaymentKind;

/**
 * What the first step of a purchase set up: the seats held (for the buyer on the web, for the clerk
 * at the box office), what they cost, and the pending payment (how it pays, the gateway token it
 * charges and the key the gateway is charged under) that the next steps settle. A repeat of the
 * purchase that adopts the pending payment rebuilds it ({@link PurchaseSteps#resume}).
 */
public record Reservation(
    Channel channel,
    long accountId,
    long holdId,
    long showtimeId,
    List<Long> seatIds,
    int totalCents,
    String currency,
    long paymentId,
    String paymentKey,
    PaymentKind method,
    String token) {}
