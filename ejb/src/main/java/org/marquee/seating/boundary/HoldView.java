package org.marquee.seating.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** Seats set aside for the caller until {@code expiresAt}. */
public record HoldView(long holdId, long showtimeId, List<Long> seatIds, OffsetDateTime expiresAt)
    implements Serializable {}
