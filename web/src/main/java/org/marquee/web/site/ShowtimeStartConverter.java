package org.marquee.web.site;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Prints a showtime's start in the theater's own time, as a person reads it: "Tue 24 Nov, 20:00".
 */
@FacesConverter("marquee.showtimeStart")
public class ShowtimeStartConverter implements Converter<OffsetDateTime> {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

  @Override
  public OffsetDateTime getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException("display only");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, OffsetDateTime value) {
    return value == null ? "" : FORMAT.format(value);
  }
}
