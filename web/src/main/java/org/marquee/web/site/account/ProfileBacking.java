package org.marquee.web.site.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.marquee.account.boundary.AccountService;
import org.marquee.account.boundary.AccountView;
import org.marquee.account.boundary.InvalidAccountException;
import org.marquee.web.site.Messages;

/**
 * The profile page (/account/profile.xhtml): the signed-in customer's name, birth date and the
 * language of their mails.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "profile";

  @Inject AccountService accounts;

  private AccountView account;
  private String displayName;
  private String birthDate;
  private String language;

  @PostConstruct
  void load() {
    show(accounts.me());
    language = accounts.mailLanguage();
  }

  public void save() {
    LocalDate birth;
    try {
      birth = birthDate == null || birthDate.isBlank() ? null : LocalDate.parse(birthDate);
    } catch (DateTimeParseException e) {
      Messages.error(FORM + ":birthDate", "profile.birthDateInvalid");
      return;
    }
    try {
      show(accounts.updateProfile(displayName, birth, language));
      Messages.info("profile.saved");
    } catch (InvalidAccountException e) {
      Messages.onField(FORM, e, "displayName", "birthDate");
    }
  }

  private void show(AccountView view) {
    account = view;
    displayName = view.displayName();
    birthDate = view.birthDate() == null ? "" : view.birthDate().toString();
  }

  /** The languages the mails can be written in, as codes ("en", "de"). */
  public java.util.List<String> getLanguages() {
    return org.marquee.account.entity.Account.LANGUAGES;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public AccountView getAccount() {
    return account;
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
