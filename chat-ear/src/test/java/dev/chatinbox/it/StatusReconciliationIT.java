package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A message whose status callback never came is looked up at Twilio (through the SDK, against the
 * fake carrier's {@code GET …/Messages/{Sid}.json}) once it has been quiet for 10 minutes, and the
 * answer goes through the same status path as a callback.
 */
class StatusReconciliationIT {
  private static final String M = Seed.marker();
  private static final String TO = "+14155550681";

  @Test
  void aMessageStuckWithoutCallbacksGetsItsStatusFromTwilio() throws Exception {
    FakeCarrier fake = ItCarrier.get();
    UUID conversation;
    try (Seed seed = new Seed()) {
      UUID user = seed.user("recon-" + M, "Reconcile User " + M, "USER");
      UUID contact = seed.contact("Reconcile Contact " + M, TO, null, user);
      conversation = seed.conversation(contact, "SMS", 0, false, Instant.now());
    }
    String token = Tokens.token("recon-" + M, "USER");
    String path = "/api/v1/conversations/" + conversation + "/messages";
    Api.Response sent =
        Api.post(path + "/sms", token, "{\"message\":\"hi\",\"to\":\"" + TO + "\"}");
    assertEquals(201, sent.status(), sent::toString);
    String id = sent.data().getString("id");
    String sid =
        await(path, token, id, "sent").getJsonObject("metadata").getString("twilioMessageId");

    // Twilio moved on, but its callback was lost; the message has been quiet for 20 minutes
    fake.twilioStatus(sid, "undelivered", 30003, "Unreachable destination handset");
    try (Seed seed = new Seed()) {
      seed.update(
          "UPDATE messages SET sent_at = now() - interval '20 minutes' WHERE id = ?",
          UUID.fromString(id));
    }
    JsonObject failed = await(path, token, id, "failed");
    assertEquals("30003", failed.getJsonObject("metadata").getString("errorCode"));
    assertEquals("undelivered", failed.getJsonObject("metadata").getString("twilioStatus"));
    var events = Api.get("/api/v1/messages/" + id + "/events", token).json().getJsonArray("data");
    assertTrue(events.toString().contains("undelivered"), events::toString);
    long fetches =
        fake.requests().stream().filter(r -> r.twilioFetch() && r.path().contains(sid)).count();
    assertEquals(1, fetches, "asked once; a final status is not asked about again");
  }

  private static JsonObject await(String path, String token, String id, String status)
      throws InterruptedException {
    JsonObject last = null;
    for (int i = 0; i < 150; i++) {
      for (var v : Api.get(path + "?pageSize=50", token).data().getJsonArray("data")) {
        if (v.asJsonObject().getString("id").equals(id)) {
          last = v.asJsonObject();
          if (status.equals(last.getString("status", ""))) {
            return last;
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError(id + " never reached " + status + "; last " + last);
  }
}
