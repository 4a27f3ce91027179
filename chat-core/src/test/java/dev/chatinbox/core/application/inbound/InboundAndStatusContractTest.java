package dev.chatinbox.core.application.inbound;

import static dev.chatinbox.core.support.InboxFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.application.delivery.MessageStatusService;
import dev.chatinbox.core.application.delivery.StatusChecks;
import dev.chatinbox.core.application.delivery.StatusReconciler;
import dev.chatinbox.core.application.realtime.InboxChanged;
import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.domain.change.ChangeType;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.infrastructure.persistence.JpaInboxChangeRepository;
import dev.chatinbox.core.spi.carrier.InboundEmail;
import dev.chatinbox.core.spi.carrier.InboundText;
import dev.chatinbox.core.spi.carrier.StatusReport;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.RecordingEvent;
import dev.chatinbox.core.support.TestDatabase;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Inbound messages and carrier status reports against PostgreSQL and H2: contacts and conversations
 * found or created, unread counted, duplicates ignored, opt-out keywords, forward-only status with
 * the raw status of the report that counted, and a change-log entry for each change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InboundAndStatusContractTest {
  private TestDatabase db;
  private InboxFixture f;
  private InboundTextService texts;
  private InboundEmailService emails;
  private MessageStatusService statuses;
  private final RecordingEvent<InboxChanged> bus = new RecordingEvent<>();

  abstract TestDatabase database() throws Exception;

  @BeforeAll
  void wire() throws Exception {
    db = database();
    f = new InboxFixture(db);
    InboxEvents events = new InboxEvents(new JpaInboxChangeRepository(f.em), bus, f.clock);
    InboundConversations inbound = f.inbound(events, f.clock);
    texts =
        new InboundTextService(inbound, f.messages, f.contacts, f.conversations, events, f.clock);
    emails = new InboundEmailService(inbound, f.messages, f.conversations, events, f.clock);
    statuses =
        new MessageStatusService(
            f.messages,
            f.conversations,
            f.contacts,
            events,
            new dev.chatinbox.core.infrastructure.persistence.SqlEarlyStatusReports(f.em),
            10_000,
            60,
            f.clock);
  }

  @AfterAll
  void close() throws Exception {
    f.close();
    db.close();
  }

  private InboundOutcome sms(String from, String body, String sid) {
    return f.tx(
        em ->
            texts.receive(
                new InboundText(
                    "twilio",
                    Channel.SMS,
                    from,
                    "+15005550006",
                    body,
                    sid,
                    Optional.empty(),
                    List.of())));
  }

  private Conversation conversation(UUID id) {
    return f.tx(em -> f.conversations.find(id, Visibility.everything()).orElseThrow());
  }

  private Contact contactOf(UUID conversationId) {
    UUID contactId = conversation(conversationId).contactId();
    return f.tx(em -> f.contacts.find(contactId).orElseThrow());
  }

  private long changes(UUID conversationId, ChangeType type) {
    return f.tx(
        em ->
            ((Number)
                    em.createNativeQuery(
                            "SELECT COUNT(*) FROM change_log WHERE conversation_id = ?1 AND"
                                + " event_type = ?2")
                        .setParameter(1, conversationId)
                        .setParameter(2, type.wireName())
                        .getSingleResult())
                .longValue());
  }

  @Test
  void anUnknownNumberMakesOneContactAndConversationAndRepeatsAreIgnored() {
    InboundOutcome first = sms("+14155550142", "Hello", "SM-a1");
    assertFalse(first.duplicate());
    InboundOutcome second = sms("+14155550142", "Anyone there?", "SM-a2");
    assertEquals(first.conversationId(), second.conversationId(), "same contact, same thread");
    InboundOutcome again = sms("+14155550142", "Hello", "SM-a1");
    assertTrue(again.duplicate());
    Conversation c = conversation(first.conversationId());
    assertEquals(2, c.unreadCount());
    assertEquals(Optional.of(second.messageId()), c.lastMessageId());
    Contact contact = contactOf(first.conversationId());
    assertEquals("+14155550142", contact.fullName());
    assertEquals("+14155550142", contact.primaryPhone());
    assertEquals(2, changes(first.conversationId(), ChangeType.NEW_MESSAGE));
    assertTrue(bus.fired.size() >= 2, "announced on the bus");
    // a sender that is not a number (an alphanumeric sender id) is stored as given, not refused
    InboundOutcome senderId = sms("ACME", "Your code is 1234", "SM-a3");
    assertEquals("ACME", contactOf(senderId.conversationId()).primaryPhone());
    assertEquals(
        1,
        changes(senderId.conversationId(), ChangeType.CONVERSATION_UPDATE),
        "the arrival updates the conversation's list view");
  }

  @Test
  void stopAndStartToggleDndOnTheChannelOnly() {
    InboundOutcome hello = sms("+14155550143", "hi", "SM-b1");
    sms("+14155550143", "STOP", "SM-b2");
    Contact stopped = contactOf(hello.conversationId());
    assertTrue(stopped.dndOn(Channel.SMS));
    assertFalse(stopped.dndOn(Channel.WHATSAPP));
    sms("+14155550143", "please stop spamming", "SM-b3");
    assertTrue(contactOf(hello.conversationId()).dndOn(Channel.SMS));
    sms("+14155550143", "Start", "SM-b4");
    assertFalse(contactOf(hello.conversationId()).dndOn(Channel.SMS));
  }

  @Test
  void anEmailAnsweringOursJoinsItsConversation() {
    Contact contact = f.contact("Mail Person", null, "mail.person@example.com", null);
    Conversation thread = f.conversation(contact, Channel.EMAIL, NOW);
    UUID ours =
        f.tx(
            em -> {
              Message m =
                  Message.outbound(Ids.newId(), thread.id(), Channel.EMAIL, null, "Hi", NOW);
              f.messages.store(m);
              return m.id();
            });
    InboundOutcome reply =
        f.tx(
            em ->
                emails.receive(
                    new InboundEmail(
                        "sendgrid",
                        "someone.else@example.org",
                        Optional.of("Someone"),
                        "support@shop.example",
                        "Re: Hi",
                        "Thanks",
                        "<p onclick=\"x()\">Thanks</p>",
                        Optional.of("<r1@example.org>"),
                        List.of("<" + ours + "@shop.example>"),
                        List.of())));
    assertEquals(thread.id(), reply.conversationId());
    Message stored = f.tx(em -> f.messages.find(reply.messageId()).orElseThrow());
    assertFalse(stored.body().contains("onclick"), stored.body());
    assertEquals(1, conversation(thread.id()).unreadCount());
  }

  @Test
  void statusOnlyMovesForwardAndTheShownRawStatusIsTheOneThatCounted() {
    Contact contact = f.contact("Status Person", "+14155550144", null, null);
    Conversation thread = f.conversation(contact, Channel.SMS, NOW);
    UUID id =
        f.tx(
            em -> {
              Message m = Message.outbound(Ids.newId(), thread.id(), Channel.SMS, null, "x", NOW);
              m.carrierId("twilio", "SM-status-1");
              f.messages.store(m);
              return m.id();
            });
    StatusReport delivered =
        StatusReport.of("twilio", "SM-status-1", "delivered", MessageStatus.DELIVERED);
    assertEquals(MessageStatusService.Outcome.RECORDED, f.tx(em -> statuses.record(delivered)));
    assertEquals(MessageStatusService.Outcome.DUPLICATE, f.tx(em -> statuses.record(delivered)));
    f.tx(
        em ->
            statuses.record(StatusReport.of("twilio", "SM-status-1", "sent", MessageStatus.SENT)));
    Message m = f.tx(em -> f.messages.find(id).orElseThrow());
    assertEquals(Optional.of(MessageStatus.DELIVERED), m.status());
    assertEquals(Optional.of("delivered"), m.carrierStatus());
    assertEquals(
        2,
        f.tx(
                em ->
                    f.messages.recordedEvents(
                        "twilio", List.of("SM-status-1:delivered", "SM-status-1:sent")))
            .size(),
        "delivered once (the repeat is a duplicate), then sent");
    assertEquals(1, changes(thread.id(), ChangeType.MESSAGE_STATUS), "only the move is a change");
    assertEquals(
        MessageStatusService.Outcome.UNKNOWN_MESSAGE,
        f.tx(
            em ->
                statuses.record(
                    StatusReport.of(
                        "twilio", "SM-unknown", "delivered", MessageStatus.DELIVERED))));
    assertEquals(
        MessageStatusService.Outcome.UNKNOWN_MESSAGE,
        f.tx(
            em ->
                statuses.record(
                    StatusReport.of(
                        "sendgrid", "SM-status-1", "delivered", MessageStatus.DELIVERED))),
        "another carrier's report never matches this carrier's message");
  }

  @Test
  void aSpamReportSetsEmailDndForTheContact() {
    Contact contact = f.contact("Spam Person", null, "spam.person@example.com", null);
    Conversation thread = f.conversation(contact, Channel.EMAIL, NOW);
    f.tx(
        em -> {
          Message m = Message.outbound(Ids.newId(), thread.id(), Channel.EMAIL, null, "x", NOW);
          m.carrierId("sendgrid", "sg-spam-1");
          f.messages.store(m);
          return m.id();
        });
    f.tx(
        em ->
            statuses.record(
                new StatusReport(
                    "sendgrid",
                    "sg-spam-1",
                    "spamreport",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("ev-1"),
                    true)));
    assertTrue(contactOf(thread.id()).dndOn(Channel.EMAIL));
  }

  @Test
  void messagesWithoutCallbacksAreAskedAboutAFewTimesThroughTheCarrier() {
    Contact contact = f.contact("Quiet Person", "+14155550145", null, null);
    Conversation thread = f.conversation(contact, Channel.SMS, NOW);
    UUID quiet =
        f.tx(
            em -> {
              Message m =
                  Message.outbound(
                      Ids.newId(), thread.id(), Channel.SMS, null, "x", NOW.minusSeconds(3600));
              m.carrierId("twilio", "SM-quiet-1");
              m.advance(MessageStatus.SENT, NOW.minusSeconds(1200));
              f.messages.store(m);
              return m.id();
            });
    UUID fresh =
        f.tx(
            em -> {
              Message m = Message.outbound(Ids.newId(), thread.id(), Channel.SMS, null, "y", NOW);
              m.carrierId("twilio", "SM-quiet-2");
              m.advance(MessageStatus.SENT, NOW.minusSeconds(60));
              f.messages.store(m);
              return m.id();
            });
    java.util.List<String> asked = new java.util.ArrayList<>();
    dev.chatinbox.core.spi.carrier.TextCarrier carrier =
        new dev.chatinbox.core.spi.carrier.TextCarrier() {
          @Override
          public dev.chatinbox.core.spi.carrier.CarrierReceipt send(
              dev.chatinbox.core.spi.carrier.OutboundText message) {
            throw new UnsupportedOperationException();
          }

          @Override
          public String name() {
            return "twilio";
          }

          @Override
          public Optional<StatusReport> currentStatus(String sid) {
            asked.add(sid);
            return Optional.of(
                new StatusReport(
                    "twilio",
                    sid,
                    "undelivered",
                    Optional.of(MessageStatus.FAILED),
                    Optional.of("30003"),
                    Optional.of("Unreachable"),
                    Optional.empty(),
                    false));
          }

          @Override
          public boolean sandbox() {
            return false;
          }
        };
    StatusChecks checks =
        new StatusChecks(f.messages) {
          @Override
          public java.util.List<Message> due(
              String carrier,
              java.time.Instant a,
              java.time.Instant b,
              java.time.Instant c,
              int max,
              int n) {
            return f.tx(em -> super.due(carrier, a, b, c, max, n));
          }

          @Override
          public boolean claim(UUID id, java.time.Instant now, java.time.Instant before) {
            return f.tx(em -> super.claim(id, now, before));
          }
        };
    MessageStatusService transactional =
        new MessageStatusService(
            f.messages,
            f.conversations,
            f.contacts,
            new InboxEvents(new JpaInboxChangeRepository(f.em), bus, f.clock),
            new dev.chatinbox.core.infrastructure.persistence.SqlEarlyStatusReports(f.em),
            10_000,
            60,
            f.clock) {
          @Override
          public Outcome record(StatusReport report) {
            return f.tx(em -> super.record(report));
          }
        };
    StatusReconciler reconciler = new StatusReconciler(checks, carrier, transactional, f.clock);
    assertEquals(1, reconciler.reconcile());
    assertEquals(List.of("SM-quiet-1"), asked, "only the message quiet for over 10 minutes");
    Message failed = f.tx(em -> f.messages.find(quiet).orElseThrow());
    assertEquals(Optional.of(MessageStatus.FAILED), failed.status());
    assertEquals(Optional.of("30003"), failed.errorCode());
    assertEquals(0, reconciler.reconcile(), "reported: no longer awaiting");
    assertEquals(
        Optional.of(MessageStatus.SENT), f.tx(em -> f.messages.find(fresh).orElseThrow()).status());
  }
}
