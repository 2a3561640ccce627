package org.marquee.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the deployment, tested from outside as a client, and a fresh
 * headless Chromium per test, closed (with a last screenshot) after it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserPages {

  static final String ADMIN_EMAIL = "IT-Admin@Marquee.example";
  static final String ADMIN_PASSWORD = "it-admin-password";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  Browser browser;

  @BeforeEach
  void openBrowser(TestInfo test) {
    browser = new Browser(test.getTestMethod().orElseThrow().getName());
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
