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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A WildFly beside the tests' server, from the same installation the build configured, with a
 * server directory of its own under target/: a second Marquee node (same PostgreSQL, media
 * directory and EAR as the tests' server, without the test classes), or the load balancer of
 * wildfly-config/balancer/. Started by the test that needs it, stopped by it (or killed, as a
 * crash); its log is in its directory.
 */
final class ExtraServer implements AutoCloseable {

  private final Process process;
  private final Path dir;
  private final int offset;

  private ExtraServer(Process process, Path dir, int offset) {
    this.process = process;
    this.dir = dir;
    this.offset = offset;
  }

  /** The server's log file. */
  Path log() {
    return dir.resolve("log/server.log");
  }

  /** The server's HTTP root, such as http://127.0.0.1:18180. */
  String base() {
    return "http://127.0.0.1:" + (8080 + offset);
  }

  private static Path home() {
    return Path.of(System.getProperty("jboss.home"));
  }

  /**
   * A fresh server directory {@code target/NAME} with the build's configuration and the tests'
   * deployment taken out of it; with {@code cli} (a script of wildfly-config/ without an embed
   * line, as configure.sh applies them) applied to its {@code serverConfig}, unless {@code cli} is
   * null.
   */
  static Path configured(String name, String cli, String serverConfig)
      throws IOException, InterruptedException {
    Path dir = Path.of("target", name).toAbsolutePath();
    deleteTree(dir);
    copyTree(home().resolve("standalone/configuration"), dir.resolve("configuration"));
    Path config = dir.resolve("configuration/standalone-full-ha.xml");
    Files.writeString(
        config, Files.readString(config).replaceAll("(?s)<deployments>.*?</deployments>", ""));
    if (cli != null) {
      Path script = dir.resolve("configure.cli");
      Files.writeString(
          script,
          "embed-server --server-config="
              + serverConfig
              + " --std-out=discard\n"
              + Files.readString(Path.of("../wildfly-config", cli))
              + "\nstop-embedded-server\n");
      ProcessBuilder builder =
          new ProcessBuilder(home().resolve("bin/jboss-cli.sh").toString(), "--file=" + script);
      builder.environment().put("JAVA_OPTS", "-Djboss.server.base.dir=" + dir);
      builder.redirectErrorStream(true);
      builder.redirectOutput(dir.resolve("cli.log").toFile());
      if (builder.start().waitFor() != 0) {
        throw new IllegalStateException(cli + " failed; see " + dir.resolve("cli.log"));
      }
    }
    return dir;
  }

  /**
   * A Marquee node named {@code name} with the port offset {@code offset}, in the JGroups cluster
   * of {@code clusterHosts}, on the server directory {@code dir} (see {@link #configured}), with
   * {@code more} system properties; returns once it serves the API. Its card payments go to the
   * simulated payment gateway deployed beside it, on its own loopback listener (8081 + offset).
   */
  static ExtraServer node(String name, int offset, String clusterHosts, Path dir, List<String> more)
      throws IOException {
    List<String> simulated = new ArrayList<>(List.of("-Dmarquee.gateway.simulator=true"));
    simulated.addAll(more);
    return marquee(name, offset, clusterHosts, dir, simulated);
  }

  /**
   * A node as {@link #node(String, int, String, Path, List)} makes it, but told of no card
   * processor, as a production node whose operator forgot to: it must refuse card payments, even
   * with the simulated gateway running beside it.
   */
  static ExtraServer nodeWithoutProcessor(String name, int offset, String clusterHosts, Path dir)
      throws IOException {
    return marquee(name, offset, clusterHosts, dir, List.of());
  }

  private static ExtraServer marquee(
      String name, int offset, String clusterHosts, Path dir, List<String> more)
      throws IOException {
    Path pgDir = Path.of(System.getProperty("marquee.test.pg-dir"));
    Files.createDirectories(dir.resolve("deployments"));
    Files.copy(
        Path.of(System.getProperty("marquee.ear", "target/marquee.ear")),
        dir.resolve("deployments/marquee.ear"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        home().resolve("standalone/deployments/payment-gateway.war"),
        dir.resolve("deployments/payment-gateway.war"),
        StandardCopyOption.REPLACE_EXISTING);
    List<String> command =
        new ArrayList<>(
            List.of(
                home().resolve("bin/standalone.sh").toString(),
                "-c",
                "standalone-full-ha.xml",
                "-Djboss.server.base.dir=" + dir,
                "--properties=" + pgDir.resolve("db.properties"),
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.node.name=" + name,
                "-Dmarquee.cluster.hosts=" + clusterHosts,
                "-Dmarquee.media.dir=" + pgDir.resolve("media"),
                "-Dmarquee.admin.email=IT-Admin@Marquee.example",
                "-Dmarquee.admin.password=it-admin-password",
                "-Dmarquee.smtp.port=13025"));
    command.addAll(more);
    ExtraServer node = start(command, dir, offset, "-Xms128m -Xmx768m");
    node.awaitAnswer("/api/v1/theaters", Duration.ofMinutes(3));
    return node;
  }

  /**
   * The load balancer (wildfly-config/balancer/balancer.cli on the stock load-balancer profile)
   * with the port offset {@code offset}: HTTP on 8080, MCMP for the nodes on 8090, plus the offset.
   */
  static ExtraServer balancer(int offset) throws IOException, InterruptedException {
    Path dir = configured("balancer", "balancer/balancer.cli", "standalone-load-balancer.xml");
    ExtraServer balancer =
        start(
            List.of(
                home().resolve("bin/standalone.sh").toString(),
                "-c",
                "standalone-load-balancer.xml",
                "-Djboss.server.base.dir=" + dir,
                "-Djboss.socket.binding.port-offset=" + offset),
            dir,
            offset,
            "-Xms64m -Xmx256m");
    balancer.awaitAnswer(null, Duration.ofMinutes(1));
    return balancer;
  }

  private static ExtraServer start(List<String> command, Path dir, int offset, String heap)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_OPTS", heap + " -Djava.net.preferIPv4Stack=true");
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    builder.redirectErrorStream(true);
    builder.redirectOutput(dir.resolve("console.log").toFile());
    return new ExtraServer(builder.start(), dir, offset);
  }

  /** Waits until {@code path} answers 200 (or, without a path, until anything answers). */
  private void awaitAnswer(String path, Duration timeout) throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant until = Instant.now().plus(timeout);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server exited; see " + dir.resolve("console.log"));
      }
      try {
        HttpResponse<Void> answer =
            client.send(
                HttpRequest.newBuilder(URI.create(base() + (path == null ? "/" : path))).build(),
                HttpResponse.BodyHandlers.discarding());
        if (path == null || answer.statusCode() == 200) {
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
    throw new IllegalStateException("the server did not come up; see " + dir);
  }

  /** A crash: SIGKILL to the server's JVM, nothing shut down, nothing drained. */
  void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    // standalone.sh in the background passes SIGTERM on to the server, which shuts down cleanly
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        kill();
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
