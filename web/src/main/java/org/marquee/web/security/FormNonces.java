package org.marquee.web.security;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * The script nonce of PrimeFaces' Content-Security-Policy mode ({@code primefaces.CSP} in web.xml)
 * in every form, and checked before a posted form does anything.
 *
 * <p>PrimeFaces gives each page (view) a nonce, names it in the page's policy and on its scripts,
 * and expects every postback of the page to send it back ({@code primefaces.nonce}); it adds that
 * field to the forms with its script, and refuses a postback without it only while rendering the
 * answer, after the form's action has run, with an exception that would be a 500. So:
 *
 * <ul>
 *   <li>{@link RenderKits}: every form carries the field from the server, so a form posted without
 *       script (the pages work without it) is still the page's own;
 *   <li>{@link Check}: right after the page is restored, a postback whose nonce is not the page's
 *       is a {@link StaleFormException} (the expired page) before any value is applied or any
 *       action runs.
 * </ul>
 */
public final class FormNonces {

  /** The request parameter PrimeFaces reads the nonce from. */
  static final String PARAMETER = "primefaces.nonce";

  private FormNonces() {}

  static boolean enabled(FacesContext context) {
    return PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp();
  }

  /** A nonce as PrimeFaces makes them: a UUID's text in Base64. */
  static boolean wellFormed(String nonce) {
    if (nonce == null || nonce.isEmpty() || nonce.length() > 100) {
      return false;
    }
    try {
      UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The render kits of the application, each writing the field into every form it renders
   * (faces-config.xml's render-kit-factory): the field is written just before {@code </form>}, by
   * the response writer itself, so the pages' component trees never change.
   */
  public static final class RenderKits extends RenderKitFactory {

    public RenderKits(RenderKitFactory wrapped) {
      super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
      getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
      RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
      return kit == null ? null : new Kit(kit);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
      return getWrapped().getRenderKitIds();
    }
  }

  static final class Kit extends RenderKitWrapper {

    Kit(RenderKit wrapped) {
      super(wrapped);
    }

    @Override
    public ResponseWriter createResponseWriter(
        Writer writer, String contentTypeList, String characterEncoding) {
      return new Field(
          getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding));
    }
  }

  /**
   * Writes {@code <input type="hidden" name="primefaces.nonce" value="the page's nonce">} at the
   * end of every form that a component renders.
   */
  static final class Field extends ResponseWriterWrapper {

    Field(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void endElement(String name) throws IOException {
      if ("form".equalsIgnoreCase(name)) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && enabled(context)) {
          ResponseWriter writer = getWrapped();
          writer.startElement("input", null);
          writer.writeAttribute("type", "hidden", null);
          writer.writeAttribute("name", PARAMETER, null);
          writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
          writer.endElement("input");
        }
      }
      getWrapped().endElement(name);
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
      return new Field(getWrapped().cloneWithWriter(writer));
    }
  }

  /** After RESTORE_VIEW: a postback must bring back its page's nonce (faces-config.xml). */
  public static final class Check implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
      return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {}

    @Override
    public void afterPhase(PhaseEvent event) {
      FacesContext context = event.getFacesContext();
      UIViewRoot view = context.getViewRoot();
      if (view == null || !context.isPostback() || !enabled(context)) {
        return;
      }
      Map<String, Object> viewMap = view.getViewMap(false);
      Object expected = viewMap == null ? null : viewMap.get(PARAMETER);
      String sent = context.getExternalContext().getRequestParameterMap().get(PARAMETER);
      boolean own = expected != null ? expected.equals(sent) : wellFormed(sent);
      if (!own) {
        throw new StaleFormException("a form posted without its page's nonce");
      }
    }
  }
}
