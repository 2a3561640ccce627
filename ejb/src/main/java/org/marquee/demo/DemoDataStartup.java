package org.marquee.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Loads the demo data at deployment when {@code marquee.demo-data} is true. A separate bean from
 * {@link DemoData} because a run-as identity applies to business methods, not to lifecycle
 * callbacks.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataStartup {

  @EJB DemoData demo;

  @PostConstruct
  void start() {
    if (Boolean.getBoolean("marquee.demo-data")) {
      demo.load();
    }
  }
}
