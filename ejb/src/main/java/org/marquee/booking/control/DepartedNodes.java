package org.marquee.booking.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.platform.NodeName;
import org.wildfly.clustering.server.Group;
import org.wildfly.clustering.server.GroupMember;
import org.wildfly.clustering.server.GroupMembershipEvent;
import org.wildfly.clustering.server.Registration;

/**
 * Watches the cluster's membership (WildFly's clustering API, over the transport of the {@code
 * marquee} cache container) and, when a view drops nodes, has {@link PurchaseTakeover} take over
 * their purchases in progress, within seconds instead of the reconciler's minutes. At start it does
 * the same for this node's own name: what a previous life of this node left when it died. The
 * listener runs on WildFly's thread for it, which only hands the names on to the default managed
 * executor; it is closed at undeploy.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DepartedNodes {

  private static final Logger LOG = Logger.getLogger(DepartedNodes.class.getName());

  /**
   * The members of the marquee cache container's transport (a resource: deployment waits for it).
   */
  @Resource(lookup = "java:jboss/clustering/server/group/marquee")
  Group<GroupMember> group;

  @Resource ManagedExecutorService executor;
  @EJB PurchaseTakeover takeover;

  private Registration registration = Registration.EMPTY;

  @PostConstruct
  void watch() {
    executor.execute(() -> takeOver(List.of(NodeName.self())));
    registration = group.register(this::updated);
  }

  private void updated(GroupMembershipEvent<GroupMember> event) {
    // the names now: a departed member's name is forgotten after a while
    List<String> left =
        event.getLeavers().stream().map(GroupMember::getName).filter(Objects::nonNull).toList();
    if (!left.isEmpty()) {
      LOG.info("nodes left the cluster: " + left);
      executor.execute(() -> takeOver(left));
    }
  }

  private void takeOver(List<String> nodes) {
    for (String node : nodes) {
      try {
        takeover.takeOver(node);
      } catch (RuntimeException e) {
        // the database away for a moment: the reconciler's settle-after is the backstop
        LOG.log(Level.WARNING, "could not take over the purchases of node " + node, e);
      }
    }
  }

  @PreDestroy
  void stop() {
    registration.close();
  }
}
