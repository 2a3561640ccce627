package org.marquee.web.api.booking;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.booking.boundary.PurchaseQueue;
import org.marquee.web.api.Problem;

/**
 * Answers the purchases still waiting for their turn, or running, when the web module stops
 * (undeploy, shutdown), instead of leaving them to be cut off. The queue stops first, so none of
 * the waiting ones starts; then every purchase request of the API not yet answered gets a 503 with
 * {@code Retry-After: 1}, written here straight to the servlet response: at this point JAX-RS can
 * no longer write an asynchronous answer (it finds the module's sessions gone and sends a bare
 * 500). A waiting purchase never started (nothing held, nothing charged) and may be sent to another
 * node; one that was running may or may not have gone through, and its repeat under the same {@code
 * Idempotency-Key} learns which. Filters are destroyed before the module's sessions, and the CDI
 * container outlives the module (its EJB components may not: hence the CDI boundary {@link
 * PurchaseQueue}).
 */
@WebFilter(urlPatterns = "/api/v1/orders", asyncSupported = true)
public class PurchaseQueueShutdown extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PurchaseQueueShutdown.class.getName());

  @Inject PurchaseQueue queue;

  /** The API's purchase requests of this node whose answer is still to come. */
  private final transient Set<HttpServletRequest> unanswered = ConcurrentHashMap.newKeySet();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, response);
    if (request.isAsyncStarted()) {
      unanswered.add(request);
      request.getAsyncContext().addListener(new Forget(request));
    }
  }

  @Override
  public void destroy() {
    queue.stopTakingPurchases(); // none starts from now on
    int answered = 0;
    for (HttpServletRequest request : unanswered) {
      if (answerStopping(request)) {
        answered++;
      }
    }
    int waiting = queue.close(); // their answers are out already: JAX-RS finds them complete
    if (answered > 0) {
      LOG.info(answered + " purchases answered 503 (" + waiting + " were waiting): stopping");
    }
  }

  /** The 503, unless the answer has begun already (JAX-RS wrote it a moment ago). */
  private static boolean answerStopping(HttpServletRequest request) {
    try {
      HttpServletResponse response = (HttpServletResponse) request.getAsyncContext().getResponse();
      synchronized (response) {
        if (response.isCommitted()) {
          return false;
        }
        byte[] body =
            Problem.of(
                    503,
                    "unavailable",
                    "Service unavailable",
                    "This server is stopping. A purchase that waited for its turn was not made:"
                        + " send it again. One that was under way may or may not have gone"
                        + " through: send it again under the same Idempotency-Key to learn its"
                        + " outcome; nothing is charged twice.")
                .toJson()
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(503);
        response.setHeader("Retry-After", "1");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
      }
      request.getAsyncContext().complete();
      return true;
    } catch (IOException | IllegalStateException e) {
      LOG.log(Level.FINE, "a purchase's answer could not be written as the server stops", e);
      return false;
    }
  }

  /** Drops a request from {@link #unanswered} once its answer is out. */
  private final class Forget implements AsyncListener {
    private final HttpServletRequest request;

    Forget(HttpServletRequest request) {
      this.request = request;
    }

    @Override
    public void onComplete(AsyncEvent event) {
      unanswered.remove(request);
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      unanswered.remove(request);
    }

    @Override
    public void onError(AsyncEvent event) {
      unanswered.remove(request);
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      // the same request, still unanswered
    }
  }
}
