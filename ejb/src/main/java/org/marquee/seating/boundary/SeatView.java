package org.marquee.seating.boundary;

import java.io.Serializable;
import org.marquee.catalog.entity.SeatCategory;
import org.marquee.seating.entity.SeatStatus;

/** One seat of a showtime's seat map, with the status a customer sees now. */
public record SeatView(
    long seatId, String row, int number, SeatCategory category, SeatStatus status, int priceCents)
    implements Serializable {}
