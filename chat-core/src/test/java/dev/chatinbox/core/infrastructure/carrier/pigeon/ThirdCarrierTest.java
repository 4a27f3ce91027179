package dev.chatinbox.core.infrastructure.carrier.pigeon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.application.delivery.MessageStatusService;
import dev.chatinbox.core.application.delivery.StatusCommits;
import dev.chatinbox.core.application.inbound.CarrierWebhooks;
import dev.chatinbox.core.application.inbound.InboundConversations;
import dev.chatinbox.core.application.inbound.InboundEmailService;
import dev.chatinbox.core.application.inbound.InboundTextService;
import dev.chatinbox.core.application.messaging.SendText;
import dev.chatinbox.core.application.outbox.OutboxNode;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.infrastructure.carrier.sandbox.SandboxEmailCarrier;
import dev.chatinbox.core.infrastructure.carrier.twilio.TwilioSettings;
import dev.chatinbox.core.infrastructure.carrier.twilio.TwilioWebhookSignature;
import dev.chatinbox.core.infrastructure.carrier.twilio.TwilioWebhooks;
import dev.chatinbox.core.spi.carrier.WebhookRequest;
import dev.chatinbox.core.spi.carrier.WebhookVerdict;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.MutableClock;
import dev.chatinbox.core.support.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Adding a carrier touches one package (issue #14): {@link PigeonCarrier}, a made-up third carrier
 * in {@code infrastructure.carrier.pigeon}, is given to the application exactly as CDI gives it the
 * configured carrier ({@code chat.carrier.text=pigeon}; the adapter carries the {@code
 * CarrierAdapter("pigeon")} qualifier {@code CarrierSelection} selects by), and its webhooks are
 * found by {@link CarrierWebhooks} beside Twilio's — the API's catch-all webhook endpoint passes
 * any {@code /api/v1/webhooks/<carrier>/…} request there. Nothing outside this package changes: a
 * send goes out through the outbox, the message stores the carrier's name and id, status reports
 * move it forward, an opt-out sets do-not-disturb, and an inbound message lands in the conversation
 * — on a real PostgreSQL database, through the same use cases as Twilio's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThirdCarrierTest {
  private TestDatabase db;
  private final MutableClock clock = new MutableClock(InboxFixture.NOW);
  private final PigeonCarrier pigeon = new PigeonCarrier();
  private OutboxNode node;
  private InboxFixture f;
  private CarrierWebhooks webhooks;
  private User bob;

  @BeforeAll
  void setUp() throws Exception {
    db = TestDatabase.postgres();
    node = new OutboxNode(db, clock, pigeon, new SandboxEmailCarrier());
    f = node.fixture();
    bob = f.user("bob", Role.USER);
    InboundConversations inbound = f.inbound(f.events, clock);
    TwilioWebhooks twilio =
        new TwilioWebhooks(new TwilioWebhookSignature(TwilioSettings.builder().build()));
    webhooks =
        new CarrierWebhooks(
            List.of(twilio, pigeon),
            new StatusCommits(
                new MessageStatusService(
                    f.messages,
                    f.conversations,
                    f.contacts,
                    f.events,
                    new dev.chatinbox.core.infrastructure.persistence.SqlEarlyStatusReports(f.em),
                    10_000,
                    60,
                    clock),
                1),
            new InboundTextService(
                inbound, f.messages, f.contacts, f.conversations, f.events, clock),
            new InboundEmailService(inbound, f.messages, f.conversations, f.events, clock));
  }

  @AfterAll
  void tearDown() throws Exception {
    node.close();
    db.close();
  }

  @Test
  void aSendGoesThroughTheThirdCarrierAndItsReportsComeBackThroughItsWebhook() {
    Contact contact = f.contact("Paloma Dove", "+14155550777", null, bob);
    Conversation conversation = f.conversation(contact, Channel.SMS, InboxFixture.NOW);
    MessageView queued =
        node.sendText(
            InboxFixture.caller(bob),
            conversation.id(),
            new SendText(
                Channel.SMS,
                "Your parcel flies today",
                Optional.empty(),
                "+14155550777",
                Optional.empty(),
                Optional.empty(),
                Map.of()));
    node.drain();

    assertEquals(1, pigeon.sent.size());
    assertEquals("+14155550777", pigeon.sent.get(0).to());
    Message sent = message(queued.id());
    assertEquals(Optional.of("pigeon"), sent.carrier());
    assertEquals(Optional.of("PG-1"), sent.carrierMessageId());
    assertEquals(Optional.of(MessageStatus.SENT), sent.status());

    WebhookVerdict landed =
        handle("pigeon/status", PigeonCarrier.KEY, Map.of("id", "PG-1", "state", "landed"));
    assertInstanceOf(WebhookVerdict.Statuses.class, landed);
    assertEquals(204, landed.reply().status());
    Message delivered = message(queued.id());
    assertEquals(Optional.of(MessageStatus.DELIVERED), delivered.status());
    assertEquals(Optional.of("landed"), delivered.carrierStatus());
  }

  @Test
  void anOptOutReportedByTheThirdCarrierSetsDoNotDisturb() {
    Contact contact = f.contact("Rock Pigeon", "+14155550778", null, bob);
    Conversation conversation = f.conversation(contact, Channel.SMS, InboxFixture.NOW);
    Message out = f.outbound(conversation, bob, "hello", InboxFixture.NOW);
    f.tx(
        em -> {
          em.find(Message.class, out.id()).carrierId("pigeon", "PG-opt");
          return null;
        });
    handle(
        "pigeon/status",
        PigeonCarrier.KEY,
        Map.of("id", "PG-opt", "state", "lost", "code", "NO-MORE-BIRDS"));
    assertEquals(Optional.of(MessageStatus.FAILED), message(out.id()).status());
    assertTrue(f.tx(em -> em.find(Contact.class, contact.id())).dndOn(Channel.SMS));
  }

  @Test
  void anInboundMessageLandsInTheContactsConversation() {
    WebhookVerdict received =
        handle(
            "pigeon/inbound",
            PigeonCarrier.KEY,
            Map.of("id", "PG-in-1", "from", "+14155550779", "note", "Coo?"));
    assertEquals(200, received.reply().status());
    assertEquals("coo", received.reply().body());
    Message stored = f.tx(em -> f.messages.findByCarrierId("PG-in-1")).orElseThrow();
    assertEquals("Coo?", stored.body());
    assertEquals(Optional.of("pigeon"), stored.carrier());
  }

  @Test
  void aRequestWithoutTheCarriersKeyChangesNothing() {
    WebhookVerdict refused =
        handle("pigeon/inbound", "breadcrumbs", Map.of("id", "PG-in-2", "from", "+14155550780"));
    assertInstanceOf(WebhookVerdict.Refused.class, refused);
    assertEquals(403, refused.reply().status());
    assertTrue(f.tx(em -> f.messages.findByCarrierId("PG-in-2")).isEmpty());
  }

  @Test
  void aMalformedRequestIsAClientErrorAndAnUnknownRouteHasNoCarrier() {
    assertThrows(
        InvalidInputException.class,
        () -> handle("pigeon/status", PigeonCarrier.KEY, Map.of("id", "PG-1")));
    assertEquals(
        Optional.empty(),
        webhooks.handle(request("raven/status", PigeonCarrier.KEY, Map.of("id", "x"))));
  }

  private WebhookVerdict handle(String route, String key, Map<String, String> form) {
    return f.tx(em -> webhooks.handle(request(route, key, form))).orElseThrow();
  }

  private static WebhookRequest request(String route, String key, Map<String, String> form) {
    Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
    form.forEach((name, value) -> fields.put(name, List.of(value)));
    return new WebhookRequest(
        route,
        "https://inbox.example.com/api/v1/webhooks/" + route,
        Map.of("X-Pigeon-Key", List.of(key)),
        Map.of(),
        new byte[0],
        fields,
        List.of());
  }

  private Message message(UUID id) {
    return f.tx(em -> f.messages.find(id).orElseThrow());
  }
}
