package org.marquee.seating.boundary;

import java.io.Serializable;

/** A seat as the box office sees it: its true status, and whether it is a house seat. */
public record CounterSeatView(SeatView seat, boolean house) implements Serializable {}
