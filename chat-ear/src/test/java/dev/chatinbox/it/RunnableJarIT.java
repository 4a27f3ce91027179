package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.cli.support.TokenSigner;
import dev.chatinbox.core.infrastructure.devauth.DevSigningKey;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.LibertyServers;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The server you can ship (issue #20): {@code target/chat-inbox.jar}, made by {@code mvn package},
 * starts with {@code java -jar} and nothing but environment variables (here the zero-setup embedded
 * database with its demo data, on free ports), answers, and stops.
 */
class RunnableJarIT {
  private static final Path TARGET =
      Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp")).getParent().getParent();

  @Test
  void theRunnableJarStartsAnswersAndStops() throws Exception {
    Path jar = TARGET.resolve("chat-inbox.jar");
    assertTrue(Files.isRegularFile(jar), "mvn package made " + jar);
    Path work = TARGET.resolve("runnable-jar");
    LibertyServers.deleteTree(work);
    Path data = work.resolve("data");
    Path extract = work.resolve("extract");
    Files.createDirectories(work);
    TokenSigner signer =
        new TokenSigner(DevSigningKey.loadOrCreate(data.resolve("keys")).privateKey());
    int http = freePort();
    int https = freePort();
    File log = work.resolve("java-jar.log").toFile();
    ProcessBuilder command =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(log);
    command.environment().put("CHAT_HTTP_PORT", Integer.toString(http));
    command.environment().put("CHAT_HTTPS_PORT", Integer.toString(https));
    command.environment().put("CHAT_DATA_DIR", data.toString());
    command.environment().put("WLP_JAR_EXTRACT_DIR", extract.toString());
    Process server = command.start();
    try {
      String base = "http://localhost:" + http;
      LibertyServers.awaitReady(base);
      String token =
          signer.mint(
              "jar-admin",
              "jar-admin",
              "Jar Admin",
              null,
              List.of("ADMIN"),
              TokenSigner.DEV_ISSUER,
              Duration.ofMinutes(5));
      Api.Response list =
          Api.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/conversations?pageSize=1"))
                  .header("Authorization", "Bearer " + token)
                  .build());
      assertEquals(200, list.status(), list::toString);
      assertTrue(list.body().contains("\"total\":7"), "the demo data: " + list);
    } finally {
      stop(extract, server);
    }
    assertTrue(server.waitFor(60, TimeUnit.SECONDS), "java -jar ended after the stop");
  }

  /**
   * {@code server stop} of the runtime the jar extracted (java -jar runs the server in a child
   * JVM).
   */
  private static void stop(Path extract, Process server) throws Exception {
    ProcessBuilder stop =
        new ProcessBuilder(extract.resolve("wlp/bin/server").toString(), "stop", "chatServer")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    stop.environment().put("JAVA_HOME", System.getProperty("java.home"));
    if (!Files.exists(extract.resolve("wlp/bin/server"))
        || !stop.start().waitFor(120, TimeUnit.SECONDS)) {
      server.destroyForcibly();
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
