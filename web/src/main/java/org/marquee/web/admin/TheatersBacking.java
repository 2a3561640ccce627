package org.marquee.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.marquee.catalog.boundary.AuditoriumView;
import org.marquee.catalog.boundary.CatalogService;
import org.marquee.catalog.boundary.ProgrammeService;
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.platform.BusinessException;
import org.marquee.web.site.Messages;

/**
 * The theaters page (/admin/theaters.xhtml): every theater with its auditoriums and their seat
 * counts, links to each auditorium's layout and schedule, and a form that adds a theater.
 */
@Named
@ViewScoped
public class TheatersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The time zones offered, by region: the ones a cinema may be in, without the legacy aliases. */
  private static final List<String> ZONES =
      Stream.concat(
              ZoneId.getAvailableZoneIds().stream()
                  .filter(
                      z ->
                          z.matches(
                              "(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
                  .sorted(),
              Stream.of("UTC"))
          .toList();

  @Inject ProgrammeService programme;
  @Inject CatalogService catalog;

  private Map<TheaterView, List<AuditoriumView>> theaters = Map.of();
  private String name;
  private String city;
  private String address;
  private String timeZone = ZoneId.systemDefault().getId();

  public void load() {
    Map<TheaterView, List<AuditoriumView>> loaded = new LinkedHashMap<>();
    for (TheaterView theater : catalog.theaters(null, Integer.MAX_VALUE, 0)) {
      loaded.put(theater, programme.auditoriums(theater.id()));
    }
    theaters = loaded;
    if (!ZONES.contains(timeZone)) {
      timeZone = loaded.keySet().stream().map(TheaterView::timeZone).findFirst().orElse("UTC");
    }
  }

  public void add() {
    try {
      TheaterView added = programme.createTheater(name, city, address, timeZone);
      Messages.info("theaters.added", added.name(), added.city());
      name = null;
      city = null;
      address = null;
      load();
    } catch (BusinessException e) {
      Messages.refusal(null, e);
    }
  }

  public List<TheaterView> getTheaters() {
    return List.copyOf(theaters.keySet());
  }

  public List<AuditoriumView> auditoriums(TheaterView theater) {
    return theaters.getOrDefault(theater, List.of());
  }

  public List<String> getZones() {
    return ZONES;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
