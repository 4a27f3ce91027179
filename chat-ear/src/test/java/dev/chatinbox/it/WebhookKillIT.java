package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.WebhookReceiver;
import dev.chatinbox.it.support.WebhookReceiver.Answer;
import dev.chatinbox.it.support.WebhookReceiver.Received;
import dev.chatinbox.it.support.Webhooks;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The server JVM is killed ({@code kill -9}) while a webhook request is under way and events wait
 * behind it; after {@code server start} every event reaches the endpoint, in order, at least once
 * (the one under way again, with its webhook-id). The server is left running for the other tests.
 */
class WebhookKillIT {
  private static final String M = Seed.marker();

  /** When the class started: the contacts its inbound messages created since get an owner. */
  private static final java.time.Instant STARTED = java.time.Instant.now().minusSeconds(1);

  /**
   * Unowned contacts are visible to every USER: give ours an owner so other classes never see them.
   */
  @org.junit.jupiter.api.AfterAll
  static void adoptCreatedContacts() throws Exception {
    try (Seed seed = new Seed()) {
      seed.adoptContactsCreatedSince("wh-kill-" + M, STARTED);
    }
  }

  private static final Path WLP = LibertyServers.WLP;
  private static final String SERVER = LibertyServers.FIRST;
  private static final String PHONE =
      "+14155558" + String.format("%03d", ProcessHandle.current().pid() % 1000);

  @Test
  void everyEventIsDeliveredInOrderAfterAKillMidDelivery() throws Exception {
    String admin = Tokens.token("wh-kill-" + M, "ADMIN");
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Api.Response created =
          Api.post(
              "/api/v1/webhook-endpoints",
              admin,
              "{\"url\":\"" + receiver.url("/kill") + "\",\"eventTypes\":[\"message.received\"]}");
      assertEquals(201, created.status(), created::toString);
      String endpoint = created.data().getString("id");
      // the first request hangs 10 s: the server is killed while it waits for the answer
      receiver.enqueue("/kill", new Answer(200, null, Duration.ofSeconds(10)));
      int events = 12;
      for (int i = 1; i <= events; i++) {
        Api.Response in =
            Webhooks.twilio(
                "/api/v1/webhooks/twilio/sms/inbound",
                Webhooks.twilioInbound(PHONE, "kill " + i + " " + M));
        assertEquals(200, in.status(), in::toString);
      }
      receiver.await("/kill", l -> !l.isEmpty(), Duration.ofSeconds(20));
      long pid = killServer();
      int beforeRestart = receiver.to("/kill").size();
      startServer(pid);

      List<Received> all =
          receiver.await(
              "/kill",
              l ->
                  l.stream().filter(r -> r.body().contains(M)).map(Received::id).distinct().count()
                      == events,
              Duration.ofSeconds(90));
      List<Received> mine = all.stream().filter(r -> r.body().contains(M)).toList();
      List<String> firstArrivals =
          new ArrayList<>(new LinkedHashSet<>(mine.stream().map(Received::id).toList()));
      List<String> sorted =
          firstArrivals.stream()
              .sorted((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)))
              .toList();
      assertEquals(sorted, firstArrivals, "first arrivals in event order");
      List<String> texts = new ArrayList<>();
      for (String id : firstArrivals) {
        Received r = mine.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        texts.add(r.json().getJsonObject("data").getString("message"));
      }
      List<String> expected = new ArrayList<>();
      for (int i = 1; i <= events; i++) {
        expected.add("kill " + i + " " + M);
      }
      assertEquals(expected, texts, "every event, in the order it happened");
      assertTrue(
          beforeRestart >= 1 && mine.size() >= events, "the request cut by the kill came again");
      assertEquals(
          mine.get(0).id(),
          mine.get(1).id(),
          "the request under way at the kill was sent again with the same webhook-id");
      Api.delete("/api/v1/webhook-endpoints/" + endpoint, admin);
    }
  }

  /** {@code kill -9} on the server JVM; returns its pid once it is gone (as ServerKillIT does). */
  private static long killServer() throws Exception {
    Path pidFile = WLP.resolve("usr/servers/.pid/" + SERVER + ".pid");
    long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
    Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
    assertEquals(0, kill.waitFor(), "kill -9 " + pid);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      assertTrue(System.nanoTime() < deadline, "the server JVM " + pid + " did not die");
      Thread.sleep(20);
    }
    return pid;
  }

  private static void startServer(long killedPid) throws Exception {
    File log =
        WLP.resolve("usr/servers/" + SERVER + "/logs/restart-after-webhook-kill.log").toFile();
    ProcessBuilder start =
        new ProcessBuilder(WLP.resolve("bin/server").toString(), "start", SERVER)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    start.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = start.start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "server start did not return");
    assertEquals(0, process.exitValue(), "server start failed; see " + log);
    LibertyServers.awaitReady(Api.BASE);
    long pid =
        Long.parseLong(
            Files.readString(
                    WLP.resolve("usr/servers/.pid/" + SERVER + ".pid"), StandardCharsets.US_ASCII)
                .strip());
    assertTrue(pid != killedPid, "a new server JVM");
  }
}
