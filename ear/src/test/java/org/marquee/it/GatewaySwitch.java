package org.marquee.it;

import java.net.http.HttpResponse;

/**
 * Makes the built-in payment gateway slow or failing over its own HTTP switch, and puts it right
 * again: afterwards it waits out the circuit breaker (one second in the test server), so the next
 * test meets a healthy gateway.
 */
final class GatewaySwitch implements AutoCloseable {

  private GatewaySwitch() {}

  static GatewaySwitch slow(int delayMillis) {
    set(delayMillis, false);
    return new GatewaySwitch();
  }

  static GatewaySwitch failing() {
    set(0, true);
    return new GatewaySwitch();
  }

  static void set(int delayMillis, boolean failing) {
    HttpResponse<String> answer =
        Http.send(
            "PUT",
            Http.gateway() + "/simulation",
            "{\"delayMillis\":" + delayMillis + ",\"failing\":" + failing + "}");
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(answer.body());
    }
  }

  @Override
  public void close() throws InterruptedException {
    set(0, false);
    Thread.sleep(1500);
  }
}
