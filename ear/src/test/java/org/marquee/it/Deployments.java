package org.marquee.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the real marquee.ear this build packaged, with
 * the test classes added to its web module so they run inside WildFly next to the services they
 * seed data with.
 */
public final class Deployments {

  private Deployments() {}

  public static EnterpriseArchive marquee() {
    File ear = new File(System.getProperty("marquee.ear", "target/marquee.ear"));
    EnterpriseArchive archive = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    WebArchive web = archive.getAsType(WebArchive.class, "marquee-web.war");
    web.addPackage(Deployments.class.getPackage());
    web.addAsWebResource(
        Deployments.class.getResource("/pages/test-failure.xhtml"), "test-failure.xhtml");
    Testable.archiveToTest(web); // the tests run in the web module, next to the pages and API
    return archive;
  }
}
