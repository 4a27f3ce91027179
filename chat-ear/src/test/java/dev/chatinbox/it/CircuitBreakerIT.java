package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.core.support.FakeCarrier.Answer;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Twilio adapter's circuit breaker over HTTP: Twilio (the fake) fails with 500s until the
 * circuit opens; while it is open the queued messages are not handed to Twilio at all (their
 * attempts end as {@code circuit-open}, the fake sees no call); once Twilio recovers and the
 * breaker's delay (6 s in the IT profile, through the MicroProfile Fault Tolerance key {@code
 * …TwilioTextCarrier/send/CircuitBreaker/delay}) has passed, the circuit closes and every message
 * is delivered exactly once.
 */
class CircuitBreakerIT {
  private static final String M = Seed.marker();
  private static final int MESSAGES = 8;
  private static FakeCarrier fake;
  private static String token;
  private static final Map<String, UUID> conversationByPhone = new LinkedHashMap<>();

  @BeforeAll
  static void seed() {
    fake = ItCarrier.get();
    try (Seed seed = new Seed()) {
      UUID me = seed.user("breaker-" + M, "Breaker User " + M, "USER");
      for (int i = 0; i < MESSAGES; i++) {
        String phone = "+1415555096" + i;
        UUID contact = seed.contact("Breaker " + i + " " + M, phone, null, me);
        conversationByPhone.put(phone, seed.conversation(contact, "SMS", 0, false, Instant.now()));
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    token = Tokens.token("breaker-" + M, "USER");
  }

  @AfterEach
  void recover() {
    fake.reset();
  }

  @Test
  void theCircuitOpensOnRepeatedFailuresAndClosesAfterRecoveryDeliveringOnce() throws Exception {
    fake.reset();
    fake.twilioDefault(Answer.twilioError(500, 20500, "Internal Server Error"));
    Map<String, UUID> messageByPhone = new LinkedHashMap<>();
    for (Map.Entry<String, UUID> c : conversationByPhone.entrySet()) {
      Api.Response sent =
          Api.post(
              "/api/v1/conversations/" + c.getValue() + "/messages/sms",
              token,
              "{\"message\":\"through the breaker\",\"to\":\"" + c.getKey() + "\"}");
      assertEquals(201, sent.status(), sent::toString);
      messageByPhone.put(c.getKey(), UUID.fromString(sent.data().getString("id")));
    }

    // the circuit opens: attempts are refused by the breaker without a call to Twilio
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (circuitOpenEntries(messageByPhone.values()) == 0) {
      assertTrue(System.nanoTime() < deadline, "the circuit never opened");
      Thread.sleep(50);
    }
    int callsWhenOpen = calls(messageByPhone.keySet());
    // (other classes' failed calls may share the breaker's rolling window of 10 calls)
    assertTrue(callsWhenOpen > 0, "failed calls opened the circuit");
    Thread.sleep(1000);
    assertEquals(
        callsWhenOpen,
        calls(messageByPhone.keySet()),
        "no call reaches Twilio while the circuit is open");
    assertTrue(queued(messageByPhone) > 0, "messages wait in the outbox while the circuit is open");
    assertTrue(
        fake.twilioMessages().stream()
            .noneMatch(m -> messageByPhone.containsKey(m.getString("to"))));

    // Twilio recovers: after the breaker's delay, trial calls succeed and the circuit closes
    fake.twilioDefault(Answer.twilioAccepted());
    deadline = System.nanoTime() + 60_000_000_000L;
    while (queued(messageByPhone) > 0) {
      assertTrue(System.nanoTime() < deadline, "not every message was delivered after recovery");
      Thread.sleep(200);
    }
    for (String phone : messageByPhone.keySet()) {
      assertEquals(1, fake.twilioMessagesTo(phone).size(), "delivered exactly once to " + phone);
    }
    Thread.sleep(1000);
    for (String phone : messageByPhone.keySet()) {
      assertEquals(1, fake.twilioMessagesTo(phone).size(), "nothing sent later to " + phone);
    }
  }

  private static long circuitOpenEntries(Iterable<UUID> messages) {
    long open = 0;
    try (Seed seed = new Seed()) {
      for (UUID id : messages) {
        open +=
            seed.count(
                "SELECT COUNT(*) FROM outbox WHERE message_id = ? AND last_error LIKE 'circuit-open%'",
                id);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return open;
  }

  private static int calls(Iterable<String> phones) {
    int calls = 0;
    for (String phone : phones) {
      calls += fake.twilioRequestsTo(phone).size();
    }
    return calls;
  }

  /** How many of the messages are not {@code sent} yet. */
  private static int queued(Map<String, UUID> messageByPhone) {
    List<String> waiting = new ArrayList<>();
    for (Map.Entry<String, UUID> m : messageByPhone.entrySet()) {
      UUID conversation = conversationByPhone.get(m.getKey());
      for (var v :
          Api.get("/api/v1/conversations/" + conversation + "/messages", token)
              .data()
              .getJsonArray("data")) {
        if (v.asJsonObject().getString("id").equals(m.getValue().toString())
            && !"sent".equals(v.asJsonObject().getString("status", ""))) {
          waiting.add(m.getKey());
        }
      }
    }
    return waiting.size();
  }
}
