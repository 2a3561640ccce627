package org.marquee.web.site;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.web.security.StaleFormException;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;
import org.primefaces.csp.CspException;

/**
 * How a failing page request ends (faces-config.xml).
 *
 * <p>A form that no longer belongs to a live page, because its view state is unknown (the session
 * timed out, the server restarted, the view was pushed out of the session, the value was made up)
 * or cannot be restored at all, or because it lacks the page's script nonce ({@link
 * StaleFormException}, PrimeFaces' {@link CspException}), is not a failure of the site: it sends
 * the browser to the expired page, with {@code 303 See Other} for a whole page and a
 * partial-response redirect for an ajax request. Faces itself would let the exception reach the
 * servlet container, whose error page for it always has the status 500 (an exception's error page
 * is a 500 by the servlet specification).
 *
 * <p>Any other failure of a full page request keeps Faces' own handling: the servlet container
 * shows web.xml's error page with its status. An ajax request (a seat clicked, a form part updated)
 * would otherwise end in a partial response that the browser only logs; PrimeFaces' handler sends
 * the browser to the same error page instead.
 */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {

  private static final Logger LOG = Logger.getLogger(PageExceptionHandlerFactory.class.getName());

  /** Where a stale form leads. */
  static final String EXPIRED_PAGE = "/expired.xhtml";

  public PageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    ExceptionHandler faces = getWrapped().getExceptionHandler();
    return new ByRequestKind(faces, new PrimeExceptionHandler(faces));
  }

  /** Stale forms first; then Faces' handler for page requests, PrimeFaces' for ajax. */
  static final class ByRequestKind extends ExceptionHandlerWrapper {

    private final ExceptionHandler ajax;

    ByRequestKind(ExceptionHandler faces, ExceptionHandler ajax) {
      super(faces);
      this.ajax = ajax;
    }

    @Override
    public void handle() throws FacesException {
      FacesContext context = FacesContext.getCurrentInstance();
      if (context != null && takeStaleForms(context)) {
        sendToExpiredPage(context);
        return;
      }
      if (context != null && context.getPartialViewContext().isAjaxRequest()) {
        ajax.handle();
      } else {
        getWrapped().handle();
      }
    }

    /**
     * Removes every stale form's exception from the queue; true if there was one. Anything else
     * queued with it is a consequence (the page could not be restored), not a failure of its own.
     */
    private boolean takeStaleForms(FacesContext context) {
      boolean stale = false;
      Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
      while (queued.hasNext()) {
        ExceptionQueuedEventContext event = queued.next().getContext();
        Throwable failure = event.getException();
        boolean restoring = event.getPhaseId() == PhaseId.RESTORE_VIEW && context.isPostback();
        if (isStaleForm(failure) || restoring) {
          if (!isStaleForm(failure)) {
            // not the usual expired view: a view state Faces could not use at all ("stateless"
            // for a page that keeps state, one from another version of the page)
            LOG.log(Level.WARNING, "a posted page could not be restored: {0}", failure.toString());
          }
          queued.remove();
          stale = true;
        }
      }
      if (stale) {
        Iterator<ExceptionQueuedEvent> rest = getUnhandledExceptionQueuedEvents().iterator();
        while (rest.hasNext()) {
          rest.next();
          rest.remove();
        }
      }
      return stale;
    }

    static boolean isStaleForm(Throwable failure) {
      for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof ViewExpiredException
            || t instanceof StaleFormException
            || t instanceof CspException) {
          return true;
        }
      }
      return false;
    }

    /**
     * Answers with a redirect to the expired page, replacing whatever the request had begun to
     * write; a response already sent (which a stale form never gets to) is left as it is.
     */
    private static void sendToExpiredPage(FacesContext context) {
      ExternalContext external = context.getExternalContext();
      context.responseComplete();
      if (external.isResponseCommitted()) {
        return;
      }
      String url = external.getRequestContextPath() + EXPIRED_PAGE;
      HttpServletResponse response = (HttpServletResponse) external.getResponse();
      try {
        response.reset();
        response.setHeader("Cache-Control", "no-store");
        if (context.getPartialViewContext().isAjaxRequest()) {
          // Faces' own ajax script follows this: the browser loads the expired page
          response.setContentType("text/xml");
          response.setCharacterEncoding("UTF-8");
          response
              .getWriter()
              .write(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                      + url
                      + "\"/></partial-response>");
        } else {
          response.setStatus(HttpServletResponse.SC_SEE_OTHER);
          response.setHeader("Location", url);
        }
        response.flushBuffer();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
