package org.marquee.catalog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenresConverterTest {

  private final GenresConverter converter = new GenresConverter();

  @Test
  void genresRoundTripThroughOneColumn() {
    String column = converter.convertToDatabaseColumn(List.of("Drama", "Science Fiction"));
    assertEquals("Drama,Science Fiction", column);
    assertEquals(List.of("Drama", "Science Fiction"), converter.convertToEntityAttribute(column));
  }

  @Test
  void emptyAndBlankColumnsAreNoGenres() {
    assertEquals("", converter.convertToDatabaseColumn(List.of()));
    assertEquals(List.of(), converter.convertToEntityAttribute(""));
    assertEquals(List.of(), converter.convertToEntityAttribute(null));
    assertEquals(List.of("A", "B"), converter.convertToEntityAttribute(" A , ,B "));
  }
}
