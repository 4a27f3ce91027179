package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.core.support.FakeCarrier.Answer;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.MessageAwait;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.Webhooks;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #17, finding 10: a delivery report that beats our own record of the send is not lost. The
 * fake carrier takes the message at once but answers the API call late; the carrier's reports,
 * posted meanwhile for an id the server does not know yet, are kept and applied, in order, once the
 * send records that id.
 */
class EarlyReportIT {
  private static final String M = Seed.marker();
  private static final Duration LATE = Duration.ofMillis(1500);
  private static FakeCarrier fake;
  private static String token;
  private static String phone;
  private static String email;
  private static UUID sms;
  private static UUID mail;

  @BeforeAll
  static void seed() throws Exception {
    fake = ItCarrier.get();
    phone = "+1628" + (2_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
    email = "early." + M + "@example.com";
    try (Seed seed = new Seed()) {
      UUID me = seed.user("early-" + M, "Early User " + M, "USER");
      UUID contact = seed.contact("Early Contact " + M, phone, email, me);
      sms = seed.conversation(contact, "SMS", 0, false, Instant.now());
      mail = seed.conversation(contact, "Email", 0, false, Instant.now());
    }
    token = Tokens.token("early-" + M, "USER");
  }

  private static Map<String, String> status(String sid, String status) {
    return Webhooks.twilioStatus(sid, status, phone);
  }

  private static String statusOf(UUID conversation, String id) {
    for (var v :
        Api.get("/api/v1/conversations/" + conversation + "/messages?pageSize=50", token)
            .data()
            .getJsonArray("data")) {
      if (v.asJsonObject().getString("id").equals(id)) {
        return v.asJsonObject().getString("status", "");
      }
    }
    throw new AssertionError(id + " not in the history");
  }

  @Test
  void twilioReportsPostedWhileTheSendAwaitsItsAnswerAreApplied() throws Exception {
    fake.enqueueTwilioFor(phone, Answer.twilioAcceptedAnsweringAfter(LATE));
    Api.Response sent =
        Api.post(
            "/api/v1/conversations/" + sms + "/messages/sms",
            token,
            "{\"message\":\"early bird " + M + "\",\"to\":\"" + phone + "\"}");
    assertEquals(201, sent.status(), sent::toString);
    String id = sent.data().getString("id");
    String sid = null;
    for (int i = 0; i < 100 && sid == null; i++) {
      List<JsonObject> created = fake.twilioMessagesTo(phone);
      sid = created.isEmpty() ? null : created.get(0).getString("sid");
      Thread.sleep(20);
    }
    assertNotNull(sid, "Twilio took the message");
    // Twilio reports while our call still waits for its answer
    assertEquals(
        204, Webhooks.twilio("/api/v1/webhooks/twilio/sms/status", status(sid, "sent")).status());
    assertEquals(
        204,
        Webhooks.twilio("/api/v1/webhooks/twilio/sms/status", status(sid, "delivered")).status());
    assertEquals("queued", statusOf(sms, id), "the reports came before the send recorded the SID");

    JsonObject delivered = MessageAwait.status(sms, id, "delivered", token, Duration.ofSeconds(15));
    assertEquals(sid, delivered.getJsonObject("metadata").getString("twilioMessageId"));
    assertEquals("delivered", delivered.getJsonObject("metadata").getString("twilioStatus"));
    String events =
        Api.get("/api/v1/messages/" + id + "/events", token).json().get("data").toString();
    assertTrue(events.contains("\"delivered\""), events);
    try (Seed seed = new Seed()) {
      assertEquals(
          0,
          seed.count("SELECT COUNT(*) FROM early_status_reports WHERE carrier_message_id = ?", sid),
          "taken once applied");
    }
  }

  @Test
  void sendGridEventsPostedBeforeTheAnswerAreApplied() throws Exception {
    String sgId = "sgearly" + M;
    fake.enqueueSendGrid(Answer.sendGridAccepted(sgId).after(LATE));
    Api.Response sent =
        Api.post(
            "/api/v1/conversations/" + mail + "/messages/email",
            token,
            "{\"to\":\""
                + email
                + "\",\"fromName\":\"Support\",\"fromEmail\":\"support@example.com\","
                + "\"subject\":\"Early "
                + M
                + "\",\"body\":\"Hello\"}");
    assertEquals(201, sent.status(), sent::toString);
    String id = sent.data().getString("id");
    boolean reached = false;
    for (int i = 0; i < 100 && !reached; i++) {
      reached = fake.sendGridRequests().stream().anyMatch(r -> r.body().contains(id));
      Thread.sleep(20);
    }
    assertTrue(reached, "the email reached SendGrid");
    String batch =
        "[{\"email\":\""
            + email
            + "\",\"timestamp\":"
            + Instant.now().getEpochSecond()
            + ",\"event\":\"delivered\",\"sg_event_id\":\"ev-"
            + sgId
            + "\",\"sg_message_id\":\""
            + sgId
            + ".filterdrecv-5645d9c87f-78xgx-1-5F0B4E2A-4.0\"}]";
    assertEquals(204, Webhooks.sendGrid(batch).status());
    assertEquals("queued", statusOf(mail, id), "the event came before the send recorded the id");
    JsonObject delivered =
        MessageAwait.status(mail, id, "delivered", token, Duration.ofSeconds(15));
    assertEquals(sgId, delivered.getJsonObject("metadata").getString("emailMessageId"));
  }
}
