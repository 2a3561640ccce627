package org.marquee.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Test-only: the bean of test-failure.xhtml, whose action fails as a bug would. */
@Named
@RequestScoped
public class FailingPage {

  public void fail() {
    throw new IllegalStateException("a bug, on purpose, for the error page test");
  }
}
