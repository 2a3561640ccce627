package org.marquee.catalog.boundary;

import org.marquee.catalog.entity.SeatCategory;

/** One row of an auditorium's layout: its label, how many seats, and their category. */
public record RowSpec(String row, int seats, SeatCategory category) {}
