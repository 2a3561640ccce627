package org.marquee.payment.control.http;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Says at start-up what takes this node's card payments ({@link GatewayAddress}): an ERROR when
 * nothing does, since the node then refuses every card payment, a WARNING when it is the simulator,
 * which moves no money. It publishes the same as the MXBean {@code org.marquee:type=CardPayments},
 * read by the readiness check "card-payments".
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CardPaymentsReport implements CardPaymentsMXBean {

  static final String NAME = "org.marquee:type=CardPayments";

  private static final Logger LOG = Logger.getLogger(CardPaymentsReport.class.getName());

  @PostConstruct
  void report() {
    GatewayAddress address = GatewayAddress.current();
    switch (address.mode()) {
      case NONE -> LOG.severe("Card payments are REFUSED on this node: " + address.reason());
      case SIMULATOR -> LOG.warning("Card payments go to " + address.reason());
      case PROCESSOR -> LOG.info("Card payments go to " + address.reason());
    }
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName name = new ObjectName(NAME);
      if (server.isRegistered(name)) {
        server.unregisterMBean(name);
      }
      server.registerMBean(this, name);
    } catch (JMException e) {
      LOG.log(Level.WARNING, "the card payments MXBean could not be registered", e);
    }
  }

  @PreDestroy
  void withdraw() {
    try {
      ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(NAME));
    } catch (JMException e) {
      LOG.log(Level.FINE, "the card payments MXBean was not registered", e);
    }
  }

  /** Read anew on each call: the settings may change while the node runs. */
  @Override
  public String getMode() {
    return GatewayAddress.current().mode().name();
  }

  @Override
  public String getReason() {
    return GatewayAddress.current().reason();
  }
}
