package org.marquee.account.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.marquee.account.entity.Account;
import org.marquee.account.entity.PaymentMethod;

/** An account as its owner sees it: never a password or its hash. */
public record AccountView(
    long id,
    String email,
    String displayName,
    LocalDate birthDate,
    List<String> roles,
    PaymentMethodView paymentMethod)
    implements Serializable {

  public static AccountView of(Account account, PaymentMethod paymentMethod) {
    return new AccountView(
        account.getId(),
        account.getEmail(),
        account.getDisplayName(),
        account.getBirthDate(),
        account.getRoles().stream().map(Enum::name).sorted().toList(),
        PaymentMethodView.of(paymentMethod));
  }
}
