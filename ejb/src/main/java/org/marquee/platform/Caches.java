package org.marquee.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.infinispan.Cache;

/**
 * Makes WildFly's Infinispan caches of wildfly-config/20-infinispan.cli injectable by qualifier, so
 * no other class needs their JNDI names.
 */
@ApplicationScoped
public class Caches {

  @Resource(lookup = "java:jboss/infinispan/cache/marquee/catalog")
  private Cache<String, Object> catalog;

  @Resource(lookup = "java:jboss/infinispan/cache/marquee/catalog-generation")
  private Cache<String, Object> catalogGeneration;

  @Resource(lookup = "java:jboss/infinispan/cache/marquee/seat-maps")
  private Cache<String, Object> seatMaps;

  @Resource(lookup = "java:jboss/infinispan/cache/marquee/seat-layouts")
  private Cache<String, Object> seatLayouts;

  @Resource(lookup = "java:jboss/infinispan/cache/marquee/credentials")
  private Cache<String, Object> credentials;

  @Resource(lookup = "java:jboss/infinispan/cache/marquee/login-failures")
  private Cache<String, Object> loginFailures;

  @Produces
  @CredentialCache
  Cache<String, Object> credentials() {
    return credentials;
  }

  @Produces
  @LoginFailureCache
  Cache<String, Object> loginFailures() {
    return loginFailures;
  }

  @Produces
  @CatalogCache
  Cache<String, Object> catalog() {
    return catalog;
  }

  @Produces
  @CatalogGenerationCache
  Cache<String, Object> catalogGeneration() {
    return catalogGeneration;
  }

  @Produces
  @SeatMapCache
  Cache<String, Object> seatMaps() {
    return seatMaps;
  }

  @Produces
  @SeatLayoutCache
  Cache<String, Object> seatLayouts() {
    return seatLayouts;
  }
}
