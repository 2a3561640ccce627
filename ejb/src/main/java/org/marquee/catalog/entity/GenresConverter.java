package org.marquee.catalog.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Stores a movie's genres as one comma-separated column: they are always read with the movie, never
 * queried on their own, and a single column keeps the cached movie a single row.
 */
@Converter
public class GenresConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> genres) {
    return genres == null ? "" : String.join(",", genres);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    return Arrays.stream(column.split(",")).map(String::trim).filter(g -> !g.isEmpty()).toList();
  }
}
