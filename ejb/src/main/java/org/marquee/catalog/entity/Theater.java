package org.marquee.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.ZoneId;

/**
 * A cinema building in a city. Its time zone decides how its showtimes are printed and what "a
 * date" means for them.
 */
@Entity
@Cacheable
public class Theater {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 100)
  private String city;

  @Column(nullable = false, length = 300)
  private String address;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @Version private long version;

  protected Theater() {}

  public Theater(String name, String city, String address, ZoneId timeZone) {
    this.name = name;
    this.city = city;
    this.address = address;
    this.timeZone = timeZone.getId();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCity() {
    return city;
  }

  public String getAddress() {
    return address;
  }

  public ZoneId getZone() {
    return ZoneId.of(timeZone);
  }
}
