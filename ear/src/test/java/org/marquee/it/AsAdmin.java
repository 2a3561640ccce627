package org.marquee.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Test-only: runs a piece of test code as an administrator, so that tests seed data through the
 * same role-checked services as the administrators do.
 */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class AsAdmin {

  public <T> T call(Callable<T> work) {
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
