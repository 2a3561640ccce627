package org.marquee.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.UUID;
import org.marquee.account.boundary.AccountService;
import org.marquee.account.entity.Role;

/** Test-only: box-office staff, made by an administrator as in real life. */
@ApplicationScoped
public class Clerks {

  @Inject AsAdmin admin;
  @Inject AccountService accounts;

  /** A new clerk's HTTP Basic {@code Authorization} header value. */
  public String newClerk() {
    String email = "clerk-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    admin.call(
        () -> accounts.createStaff(email, "clerk password", "Clerk", EnumSet.of(Role.CLERK)));
    return Http.basic(email, "clerk password");
  }
}
