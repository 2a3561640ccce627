package org.marquee.account.boundary;

import jakarta.annotation.Nullable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.marquee.account.entity.Account;
import org.marquee.account.entity.PaymentMethod;

/**
 * An account as its owner sees it: never a password or its hash. {@code birthDate} is null when the
 * owner gave none, {@code paymentMethod} when no card is stored ({@link Nullable}, which the API's
 * document turns into nullable fields).
 */
public record AccountView(
    long id,
    String email,
    String displayName,
    @Nullable LocalDate birthDate,
    List<String> roles,
    @Nullable PaymentMethodView paymentMethod)
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
