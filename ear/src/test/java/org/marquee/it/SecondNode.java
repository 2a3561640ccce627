package org.marquee.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second Marquee node for the cluster tests: the same WildFly installation the build configured,
 * with a server directory of its own, the port offset 10100 (HTTP on 18180, JGroups on 17700), the
 * same PostgreSQL and media directory as the tests' server, and the EAR the build packaged (without
 * the test classes). Its booking jobs are left idle so they never step into the failure tests'
 * timing; the tests' server is node 1 of the same JGroups cluster. Started by the test that needs
 * it, stopped by it; its log is target/node-2/log/server.log.
 */
final class SecondNode implements AutoCloseable {

  static final int OFFSET = 10100;

  private final Process process;
  private final Path dir;

  private SecondNode(Process process, Path dir) {
    this.process = process;
    this.dir = dir;
  }

  /** The node's HTTP root, such as http://127.0.0.1:18180. */
  static String base() {
    return "http://127.0.0.1:" + (8080 + OFFSET);
  }

  static SecondNode start() throws IOException {
    Path home = Path.of(System.getProperty("jboss.home"));
    Path pgDir = Path.of(System.getProperty("marquee.test.pg-dir"));
    Path dir = Path.of("target", "node-2").toAbsolutePath();
    deleteTree(dir);
    copyTree(home.resolve("standalone/configuration"), dir.resolve("configuration"));
    // the tests' server has its test deployment in its configuration; node 2 gets the EAR alone
    Path config = dir.resolve("configuration/standalone-full-ha.xml");
    Files.writeString(
        config, Files.readString(config).replaceAll("(?s)<deployments>.*?</deployments>", ""));
    Files.createDirectories(dir.resolve("deployments"));
    Files.copy(
        Path.of(System.getProperty("marquee.ear", "target/marquee.ear")),
        dir.resolve("deployments/marquee.ear"),
        StandardCopyOption.REPLACE_EXISTING);
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                home.resolve("bin/standalone.sh").toString(),
                "-c",
                "standalone-full-ha.xml",
                "-Djboss.server.base.dir=" + dir,
                "--properties=" + pgDir.resolve("db.properties"),
                "-Djboss.socket.binding.port-offset=" + OFFSET,
                "-Djboss.node.name=marquee-it-2",
                "-Dmarquee.cluster.hosts="
                    + System.getProperty(
                        "marquee.test.cluster-hosts", "127.0.0.1[17600],127.0.0.1[17700]"),
                "-Dmarquee.media.dir=" + pgDir.resolve("media"),
                "-Dmarquee.admin.email=IT-Admin@Marquee.example",
                "-Dmarquee.admin.password=it-admin-password",
                "-Dmarquee.jobs.hold-reaper-interval=PT24H",
                "-Dmarquee.jobs.reconcile-interval=PT24H",
                "-Dmarquee.smtp.port=13025"));
    builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx768m -Djava.net.preferIPv4Stack=true");
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    builder.redirectErrorStream(true);
    builder.redirectOutput(dir.resolve("console.log").toFile());
    SecondNode node = new SecondNode(builder.start(), dir);
    node.awaitDeployed(Duration.ofMinutes(3));
    return node;
  }

  private void awaitDeployed(Duration timeout) throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant until = Instant.now().plus(timeout);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("node 2 exited; see " + dir.resolve("console.log"));
      }
      try {
        HttpResponse<Void> answer =
            client.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/v1/theaters")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(1000);
    }
    close();
    throw new IllegalStateException("node 2 did not deploy Marquee; see " + dir);
  }

  @Override
  public void close() {
    // standalone.sh in the background passes SIGTERM on to the server, which shuts down cleanly
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .map(Path::toFile)
          .forEach(File::delete);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
