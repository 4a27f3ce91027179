package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.MessageAwait;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.Webhooks;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 2: an email we send in a conversation where the contact wrote answers the
 * contact's latest email — {@code In-Reply-To} its Message-ID, {@code References} its chain plus
 * it, as the real SendGrid SDK sends them to the fake carrier — and takes {@code Re: } and its
 * subject when the caller gives none.
 */
class EmailThreadingIT {
  private static final String M = Seed.marker();
  private static FakeCarrier fake;
  private static String token;
  private static UUID ownerId;

  @BeforeAll
  static void seed() throws Exception {
    LibertyServers.awaitReady(Api.BASE);
    fake = ItCarrier.get();
    try (Seed seed = new Seed()) {
      ownerId = seed.user("thread-" + M, "Thread User " + M, "USER");
    }
    token = Tokens.token("thread-" + M, "USER");
  }

  private static UUID conversation(String address) throws Exception {
    try (Seed seed = new Seed()) {
      UUID contact = seed.contact("Thread Contact " + M, null, address, ownerId);
      return seed.conversation(contact, "Email", 0, false, Instant.now());
    }
  }

  private static void receive(String from, String messageId, String threadHeaders, String subject) {
    Map<String, String> parse = new LinkedHashMap<>();
    parse.put("headers", "Message-ID: <" + messageId + ">\r\n" + threadHeaders);
    parse.put("from", "Thread Contact <" + from + ">");
    parse.put("to", "support@example.com");
    parse.put("subject", subject);
    parse.put("text", "Where is my order?");
    Api.Response response = Webhooks.inboundEmail("?token=" + Webhooks.INBOUND_SECRET, parse);
    assertEquals(204, response.status(), response::toString);
  }

  /** Sends through the API and answers the request SendGrid received for it. */
  private static JsonObject send(UUID conversation, String to, String subjectField)
      throws Exception {
    Api.Response created =
        Api.post(
            "/api/v1/conversations/" + conversation + "/messages/email",
            token,
            "{\"fromName\":\"Support\",\"fromEmail\":\"support@example.com\",\"to\":\""
                + to
                + "\","
                + subjectField
                + "\"body\":\"<p>It ships today.</p>\"}");
    assertEquals(201, created.status(), created::toString);
    String id = created.data().getString("id");
    MessageAwait.status(conversation, id, "sent", token, Duration.ofSeconds(20));
    return fake.sendGridRequests().stream()
        .map(FakeCarrier.Received::json)
        .filter(json -> json.toString().contains(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("SendGrid never received " + id));
  }

  @Test
  void aReplyNamesTheContactsLatestEmailAndItsThread() throws Exception {
    String address = "thread.a." + M + "@example.com";
    UUID email = conversation(address);
    String root = "root-" + M + "@mail.example.org";
    String middle = "middle-" + M + "@mail.example.org";
    String latest = "latest-" + M + "@mail.example.org";
    receive(address, "first-" + M + "@mail.example.org", "", "Older question");
    receive(
        address,
        latest,
        "In-Reply-To: <" + middle + ">\r\nReferences: <" + root + ">\r\n <" + middle + ">\r\n",
        "Order question");

    JsonObject mail = send(email, address, "");
    JsonObject headers = mail.getJsonObject("headers");
    assertEquals("<" + latest + ">", headers.getString("In-Reply-To"));
    assertEquals(
        "<" + root + "> <" + middle + "> <" + latest + ">", headers.getString("References"));
    assertTrue(headers.getString("Message-ID").endsWith("@example.com>"), "our own id stays");
    assertEquals("Re: Order question", mail.getString("subject"), "Re: when none is given");

    JsonObject explicit = send(email, address, "\"subject\":\"Your order\",");
    assertEquals("Your order", explicit.getString("subject"), "a given subject stays");
    assertEquals("<" + latest + ">", explicit.getJsonObject("headers").getString("In-Reply-To"));
  }

  @Test
  void theContactsAnswerToOurReplyExtendsTheChainAndReIsNotRepeated() throws Exception {
    String address = "thread.b." + M + "@example.com";
    UUID email = conversation(address);
    String first = "first-b-" + M + "@mail.example.org";
    receive(address, first, "", "Re: Delivery");
    JsonObject ours = send(email, address, "");
    assertEquals("Re: Delivery", ours.getString("subject"), "already a reply: no second Re:");
    String ourId = ours.getJsonObject("headers").getString("Message-ID");

    String answer = "answer-b-" + M + "@mail.example.org";
    receive(
        address,
        answer,
        "In-Reply-To: " + ourId + "\r\nReferences: <" + first + "> " + ourId + "\r\n",
        "Re: Delivery");
    JsonObject next = send(email, address, "");
    assertEquals("<" + answer + ">", next.getJsonObject("headers").getString("In-Reply-To"));
    assertEquals(
        "<" + first + "> " + ourId + " <" + answer + ">",
        next.getJsonObject("headers").getString("References"));
  }

  @Test
  void withoutAnEmailFromTheContactThereIsNothingToAnswer() throws Exception {
    String address = "thread.c." + M + "@example.com";
    UUID email = conversation(address);
    Api.Response refused =
        Api.post(
            "/api/v1/conversations/" + email + "/messages/email",
            token,
            "{\"fromName\":\"Support\",\"fromEmail\":\"support@example.com\",\"to\":\""
                + address
                + "\",\"body\":\"Hello\"}");
    assertEquals(400, refused.status(), refused::toString);
    assertEquals(
        "subject", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    JsonObject first = send(email, address, "\"subject\":\"Welcome\",");
    assertFalse(first.getJsonObject("headers").containsKey("In-Reply-To"), first::toString);
    assertFalse(first.getJsonObject("headers").containsKey("References"));
  }
}
