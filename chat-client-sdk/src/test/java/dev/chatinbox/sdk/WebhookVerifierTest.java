package dev.chatinbox.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chatinbox.sdk.model.WebhookEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final long TIMESTAMP = 1614265330L;
  private static final String BODY =
      "{\"type\":\"conversation.deleted\",\"timestamp\":\"2021-02-25T15:02:10.000Z\",\"data\":{\"id\":\"c1\"}}";
  private static final Clock AT =
      Clock.fixed(Instant.ofEpochSecond(TIMESTAMP + 10), ZoneOffset.UTC);

  /** The signature the Standard Webhooks reference libraries give for the spec's example. */
  @Test
  void acceptsTheReferenceSignature() throws Exception {
    WebhookVerifier verifier = WebhookVerifier.of(SECRET).withClock(AT);
    assertThrows(
        WebhookVerificationException.class,
        () ->
            verifier.verify(
                ID,
                Long.toString(TIMESTAMP),
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                BODY));
    // the reference vector signs {"test": 2432232314}; it is not an event, so only the check passes
    WebhookVerificationException notAnEvent =
        assertThrows(
            WebhookVerificationException.class,
            () ->
                verifier.verify(
                    ID,
                    Long.toString(TIMESTAMP),
                    "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                    "{\"test\": 2432232314}"));
    assertEquals(
        true, notAnEvent.getMessage().startsWith("the body is not"), notAnEvent.getMessage());
  }

  @Test
  void findsAValidSignatureAmongSeveralAndAnyOfSeveralSecrets() throws Exception {
    String other = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
    String valid = sign(SECRET);
    String header = "v1,AAAA " + "v1a,xyz " + valid;
    WebhookEvent event =
        WebhookVerifier.of(other, SECRET)
            .withClock(AT)
            .verify(
                BODY,
                Map.of(
                    "Webhook-Id",
                    ID,
                    "Webhook-Timestamp",
                    Long.toString(TIMESTAMP),
                    "Webhook-Signature",
                    header));
    assertEquals("conversation.deleted", event.type());
    assertEquals("c1", event.conversationId().orElseThrow());
    assertThrows(
        WebhookVerificationException.class,
        () ->
            WebhookVerifier.of(other)
                .withClock(AT)
                .verify(ID, Long.toString(TIMESTAMP), header, BODY));
  }

  @Test
  void refusesTimestampsOutsideFiveMinutes() {
    String valid = sign(SECRET);
    Clock late = Clock.fixed(Instant.ofEpochSecond(TIMESTAMP + 301), ZoneOffset.UTC);
    Clock early = Clock.fixed(Instant.ofEpochSecond(TIMESTAMP - 301), ZoneOffset.UTC);
    for (Clock clock : new Clock[] {late, early}) {
      assertThrows(
          WebhookVerificationException.class,
          () ->
              WebhookVerifier.of(SECRET)
                  .withClock(clock)
                  .verify(ID, Long.toString(TIMESTAMP), valid, BODY));
    }
  }

  /** Contact events carry the directory's contact, or the id of the deleted one. */
  @Test
  void readsContactAndConversationCreationEvents() throws Exception {
    WebhookEvent created =
        WebhookVerifier.parse(
            "7",
            "{\"data\":{\"createdAt\":\"2026-12-03T10:00:00.000Z\",\"dndAll\":false,"
                + "\"dndChannels\":[],\"fullName\":\"Ada\",\"id\":\"k1\",\"phone\":\"+14155550100\","
                + "\"tags\":[\"vip\"]},\"timestamp\":\"2026-12-03T10:00:00.000Z\","
                + "\"type\":\"contact.created\"}");
    assertEquals("k1", created.contact().orElseThrow().id());
    assertEquals("Ada", created.contact().orElseThrow().fullName());
    assertEquals(java.util.List.of("vip"), created.contact().orElseThrow().tags());
    assertEquals(java.util.Optional.empty(), created.contactId());

    WebhookEvent deleted =
        WebhookVerifier.parse(
            "8",
            "{\"data\":{\"id\":\"k2\"},\"timestamp\":\"2026-12-03T10:00:00.000Z\","
                + "\"type\":\"contact.deleted\"}");
    assertEquals("k2", deleted.contactId().orElseThrow());
    assertEquals(java.util.Optional.empty(), deleted.conversationId());
    assertEquals(java.util.Optional.empty(), deleted.contact());

    WebhookEvent opened =
        WebhookVerifier.parse(
            "9",
            "{\"data\":{\"id\":\"c9\",\"contactId\":\"k1\",\"fullName\":\"Ada\","
                + "\"channel\":\"SMS\",\"unreadCount\":0},\"timestamp\":"
                + "\"2026-12-03T10:00:00.000Z\",\"type\":\"conversation.created\"}");
    assertEquals("c9", opened.conversation().orElseThrow().id());
  }

  private static String sign(String secret) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(
          new javax.crypto.spec.SecretKeySpec(
              java.util.Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
      return "v1,"
          + java.util.Base64.getEncoder()
              .encodeToString(
                  mac.doFinal(
                      (ID + "." + TIMESTAMP + "." + BODY)
                          .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
