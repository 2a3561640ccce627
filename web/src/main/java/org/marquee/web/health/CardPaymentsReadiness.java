package org.marquee.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness "card-payments": a node that was told of no card processor refuses every card payment
 * (it fails closed rather than approving cards with a simulator), so it is not ready for customers
 * until an operator configures one. It reads the MXBean {@code org.marquee:type=CardPayments} that
 * Marquee's payment module publishes; the check lives in the EAR's library, which cannot see that
 * module's classes. Whether the processor answers is not asked here: a processor's outage is the
 * circuit breaker's business, and must not take every node out of the balancer at once.
 */
@Readiness
@ApplicationScoped
public class CardPaymentsReadiness implements HealthCheck {

  static final String NAME = "card-payments";

  @Override
  public HealthCheckResponse call() {
    return check(attribute("Mode"), attribute("Reason")).as(NAME);
  }

  static Probe check(String mode, String reason) {
    if (mode == null) {
      return new Probe(false, Map.of("mode", "STARTING"));
    }
    return new Probe(!"NONE".equals(mode), Map.of("mode", mode, "reason", String.valueOf(reason)));
  }

  private static String attribute(String name) {
    try {
      return String.valueOf(
          ManagementFactory.getPlatformMBeanServer()
              .getAttribute(new ObjectName("org.marquee:type=CardPayments"), name));
    } catch (JMException e) {
      return null;
    }
  }
}
