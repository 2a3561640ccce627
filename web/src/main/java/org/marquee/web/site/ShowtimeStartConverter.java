package org.marquee.web.site;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.OffsetDateTime;

/**
 * Prints a showtime's start in the theater's own time, as a person reads it in the page's language:
 * "Tue 24 Nov, 20:00", "Di. 24. Nov., 20:00" (the bundles' {@code format.showtimeStart}).
 */
@FacesConverter("marquee.showtimeStart")
public class ShowtimeStartConverter implements Converter<OffsetDateTime> {

  @Override
  public OffsetDateTime getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException("display only");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, OffsetDateTime value) {
    return value == null ? "" : Messages.dateFormat("format.showtimeStart").format(value);
  }
}
