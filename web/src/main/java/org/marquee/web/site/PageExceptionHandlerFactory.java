package org.marquee.web.site;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * How a failing page request ends (faces-config.xml). A full page request keeps Faces' own
 * handling: the exception reaches the servlet container, which shows web.xml's error page with the
 * right status (500, or the expired page). An ajax request (a seat clicked, a form part updated)
 * would otherwise end in a partial response that the browser only logs; PrimeFaces' handler sends
 * the browser to the same error page instead.
 */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {

  public PageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    ExceptionHandler faces = getWrapped().getExceptionHandler();
    return new ByRequestKind(faces, new PrimeExceptionHandler(faces));
  }

  /** Faces' handler for page requests, PrimeFaces' for ajax; both read the same queue. */
  static final class ByRequestKind extends ExceptionHandlerWrapper {

    private final ExceptionHandler ajax;

    ByRequestKind(ExceptionHandler faces, ExceptionHandler ajax) {
      super(faces);
      this.ajax = ajax;
    }

    @Override
    public void handle() throws FacesException {
      FacesContext context = FacesContext.getCurrentInstance();
      if (context != null && context.getPartialViewContext().isAjaxRequest()) {
        ajax.handle();
      } else {
        getWrapped().handle();
      }
    }
  }
}
