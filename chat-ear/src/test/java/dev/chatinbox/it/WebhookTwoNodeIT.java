package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.WebhookReceiver;
import dev.chatinbox.it.support.WebhookReceiver.Received;
import dev.chatinbox.it.support.Webhooks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one database both deliver webhooks: events written through either node reach an
 * endpoint one request at a time (the receiver never sees two requests to it at once), in order,
 * each once.
 */
class WebhookTwoNodeIT {
  private static final String M = Seed.marker();

  /** When the class started: the contacts its inbound messages created since get an owner. */
  private static final java.time.Instant STARTED = java.time.Instant.now().minusSeconds(1);

  /**
   * Unowned contacts are visible to every USER: give ours an owner so other classes never see them.
   */
  @org.junit.jupiter.api.AfterAll
  static void adoptCreatedContacts() throws Exception {
    try (Seed seed = new Seed()) {
      seed.adoptContactsCreatedSince("wh-two-" + M, STARTED);
    }
  }

  private static final String NODE_B = "chatServerITWebhooks";
  private static final int B_HTTP = Integer.getInteger("it.node2.http.port", 19081);
  private static final int B_HTTPS = Integer.getInteger("it.node2.https.port", 19444);

  @BeforeAll
  static void start() throws Exception {
    LibertyServers.startCopy(NODE_B, B_HTTP, B_HTTPS);
  }

  @AfterAll
  static void stop() throws Exception {
    LibertyServers.stop(NODE_B);
  }

  @Test
  void twoNodesNeverDeliverToOneEndpointAtOnce() throws Exception {
    String admin = Tokens.token("wh-two-" + M, "ADMIN");
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      receiver.delay("/two", Duration.ofMillis(40));
      Api.Response created =
          Api.post(
              "/api/v1/webhook-endpoints",
              admin,
              "{\"url\":\"" + receiver.url("/two") + "\",\"eventTypes\":[\"message.received\"]}");
      assertEquals(201, created.status(), created::toString);
      String endpoint = created.data().getString("id");
      String nodeB = "http://localhost:" + B_HTTP;
      int events = 40;
      String phone = "+14155559" + String.format("%03d", ProcessHandle.current().pid() % 1000);
      for (int i = 1; i <= events; i++) {
        String text = "two " + i + " " + M;
        if (i % 2 == 0) {
          Api.Response in =
              Webhooks.twilio(
                  "/api/v1/webhooks/twilio/sms/inbound", Webhooks.twilioInbound(phone, text));
          assertEquals(200, in.status(), in::toString);
        } else {
          inboundThrough(nodeB, phone, text);
        }
      }
      List<Received> all =
          receiver.await(
              "/two",
              l ->
                  l.stream().filter(r -> r.body().contains(M)).map(Received::id).distinct().count()
                      == events,
              Duration.ofSeconds(60));
      assertEquals(1, receiver.maxConcurrent("/two"), "one request at a time to the endpoint");
      List<Received> mine = all.stream().filter(r -> r.body().contains(M)).toList();
      assertEquals(events, mine.size(), "each event once");
      List<String> texts = new ArrayList<>();
      mine.forEach(r -> texts.add(r.json().getJsonObject("data").getString("message")));
      List<String> expected = new ArrayList<>();
      for (int i = 1; i <= events; i++) {
        expected.add("two " + i + " " + M);
      }
      assertEquals(expected, texts, "in order");
      Api.delete("/api/v1/webhook-endpoints/" + endpoint, admin);
    }
  }

  /** A signed Twilio inbound call to node B. */
  private static void inboundThrough(String base, String phone, String text) {
    java.util.Map<String, String> params = Webhooks.twilioInbound(phone, text);
    String path = "/api/v1/webhooks/twilio/sms/inbound";
    // Twilio signs the public URL (chat.public-base-url, node A's on both nodes)
    String signature =
        Webhooks.twilioSignature(Webhooks.TWILIO_AUTH_TOKEN, Api.BASE + path, params);
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Twilio-Signature", signature)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Webhooks.form(params)))
            .build();
    Api.Response response = Api.send(request);
    assertEquals(200, response.status(), response::toString);
  }
}
