package org.marquee.platform;

/**
 * This node's name in the cluster ({@code jboss.node.name}, as JGroups knows it): what a purchase
 * in progress is marked with, so that the rest of the cluster can take over what a node that left
 * was doing.
 */
public final class NodeName {

  private NodeName() {}

  public static String self() {
    String name = System.getProperty("jboss.node.name");
    return name == null || name.isBlank() ? "marquee" : name;
  }
}
