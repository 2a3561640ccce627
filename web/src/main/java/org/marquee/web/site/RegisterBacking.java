package org.marquee.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.marquee.account.boundary.AccountService;
import org.marquee.account.boundary.EmailTakenException;
import org.marquee.account.boundary.InvalidAccountException;

/** The registration page (/register.xhtml): creates a customer account and signs it in. */
@Named
@RequestScoped
public class RegisterBacking {

  private static final String FORM = "register";

  @Inject AccountService accounts;
  @Inject LoginBacking login;

  private String email;
  private String password;
  private String displayName;
  private String birthDate;

  public String register() throws IOException {
    LocalDate birth;
    try {
      birth = birthDate == null || birthDate.isBlank() ? null : LocalDate.parse(birthDate);
    } catch (DateTimeParseException e) {
      Messages.error(FORM + ":birthDate", "register.birthDateInvalid");
      return null;
    }
    try {
      accounts.register(email, password, displayName, birth, Messages.locale().getLanguage());
    } catch (EmailTakenException e) {
      Messages.refusal(FORM + ":email", e);
      return null;
    } catch (InvalidAccountException e) {
      Messages.onField(FORM, e, "email", "password", "displayName", "birthDate");
      return null;
    }
    return login.signIn(email, password, "/account/profile.xhtml");
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(String birthDate) {
    this.birthDate = birthDate;
  }
}
