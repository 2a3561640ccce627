package org.marquee.web.site;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Faces messages for the pages: next to a field (by its client id) or for the whole form. */
public final class Messages {

  private Messages() {}

  public static void error(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /**
   * Puts a refusal of the account rules next to the field it names: their messages start with the
   * field's name ("password must be ..."), which is also the input's id in the form {@code form}.
   */
  public static void onField(String form, String message, String... fields) {
    for (String field : fields) {
      if (message.startsWith(field + " ")) {
        error(form + ":" + field, message);
        return;
      }
    }
    error(null, message);
  }
}
