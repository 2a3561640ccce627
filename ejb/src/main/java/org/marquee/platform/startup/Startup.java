package org.marquee.platform.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.marquee.account.control.FirstAdministrator;
import org.marquee.demo.DemoData;
import org.marquee.platform.Settings;

/**
 * What happens once at deployment: the first administrator of a production server ({@link
 * FirstAdministrator}), and the demo data when {@code marquee.demo-data} is true ({@link
 * DemoData}). Both are beans of their own because a run-as identity applies to business methods,
 * not to this startup callback.
 */
@Singleton
@jakarta.ejb.Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Startup {

  @EJB FirstAdministrator firstAdministrator;
  @EJB DemoData demo;

  @PostConstruct
  void start() {
    firstAdministrator.createIfConfigured();
    if (Settings.isTrue("marquee.demo-data")) {
      demo.load();
    }
  }
}
