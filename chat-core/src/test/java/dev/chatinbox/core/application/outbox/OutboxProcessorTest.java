package dev.chatinbox.core.application.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.conversation.ConversationLookup;
import dev.chatinbox.core.application.delivery.MessageStatusService;
import dev.chatinbox.core.application.messaging.OutboundSettings;
import dev.chatinbox.core.application.messaging.SendEmail;
import dev.chatinbox.core.application.messaging.SendMessageService;
import dev.chatinbox.core.application.messaging.SendText;
import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.ConflictException;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.infrastructure.persistence.JpaOutboxRepository;
import dev.chatinbox.core.spi.carrier.CarrierException;
import dev.chatinbox.core.spi.carrier.CarrierReceipt;
import dev.chatinbox.core.spi.carrier.EmailCarrier;
import dev.chatinbox.core.spi.carrier.OutboundEmail;
import dev.chatinbox.core.spi.carrier.OutboundText;
import dev.chatinbox.core.spi.carrier.Reconciliation;
import dev.chatinbox.core.spi.carrier.StatusReport;
import dev.chatinbox.core.spi.carrier.TextCarrier;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.MutableClock;
import dev.chatinbox.core.support.RecordingEvent;
import dev.chatinbox.core.support.TestDatabase;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The outbox against PostgreSQL: sends are stored then dispatched once; transient failures retry,
 * permanent ones fail (opt-outs set DND); scheduled messages wait; a call cut short by a crash is
 * reconciled, never blindly repeated. Carriers here are scripted stand-ins for the adapters (the
 * real SDKs against a fake carrier are tested in the carrier package and the integration tests).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxProcessorTest {
  private TestDatabase db;
  private InboxFixture f;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
  private final ScriptedCarrier carrier = new ScriptedCarrier();
  private SendMessageService sender;
  private OutboxProcessor processor;
  private OutboxTransactions transactions;
  private User bob;
  private Conversation sms;
  private Conversation whatsapp;
  private Contact contact;

  @BeforeAll
  void setUp() throws Exception {
    db = TestDatabase.postgres();
    f = new InboxFixture(db);
    bob = f.user("bob", Role.USER);
    contact = f.contact("Olivia Outbox", "+14155550123", "olivia@example.com", bob);
    sms = f.conversation(contact, Channel.SMS, InboxFixture.NOW);
    whatsapp = f.conversation(contact, Channel.WHATSAPP, InboxFixture.NOW);
    OutboundSettings settings =
        new OutboundSettings("", 10_000_000, 30_000_000, 365, "https://inbox.example.com");
    ConversationLookup lookup = new ConversationLookup(f.conversations, new AccessPolicy());
    sender =
        new SendMessageService(
            lookup,
            f.contacts,
            f.messages,
            new JpaOutboxRepository(f.em),
            settings,
            new NoEvents(),
            f.events,
            carrier,
            clock);
    MessageStatusService statuses = statusService();
    transactions =
        new TxOutboxTransactions(f, new SenderPacer(1000, 1000, 1000), f.events, statuses);
    processor =
        new OutboxProcessor(
            transactions, carrier, carrier, statuses, OutboxSettings.defaults(), clock);
  }

  @AfterAll
  void tearDown() throws Exception {
    f.close();
    db.close();
  }

  @BeforeEach
  void reset() {
    clock.advance(Duration.ofSeconds(1)); // a fresh pacing slot per test
    carrier.sent.clear();
    carrier.script.clear();
    carrier.reconcileAnswer = Reconciliation.unknown();
  }

  private Caller bob() {
    return InboxFixture.caller(bob);
  }

  private MessageView sendSms(String text, Optional<Instant> at) {
    return f.tx(
        em ->
            sender.sendText(
                bob(),
                sms.id(),
                new SendText(
                    Channel.SMS,
                    text,
                    Optional.empty(),
                    "+1 415 555 0123",
                    at,
                    Optional.empty(),
                    Map.of())));
  }

  private Message message(UUID id) {
    return f.tx(em -> em.find(Message.class, id));
  }

  private long outboxRows() {
    return f.tx(
        em ->
            ((Number) em.createNativeQuery("SELECT COUNT(*) FROM outbox").getSingleResult())
                .longValue());
  }

  @Test
  void aSendIsStoredQueuedThenDispatchedExactlyOnce() {
    MessageView queued = sendSms("Your order shipped", Optional.empty());
    assertEquals(Optional.of(MessageStatus.QUEUED), queued.status());
    assertEquals(1, outboxRows());
    assertEquals(1, processor.dispatchDue());
    assertEquals(0, processor.dispatchDue(), "nothing left");
    assertEquals(1, carrier.sent.size());
    OutboundText sent = (OutboundText) carrier.sent.get(0);
    assertEquals("+14155550123", sent.to());
    Message stored = message(queued.id());
    assertEquals(Optional.of(MessageStatus.SENT), stored.status());
    assertTrue(stored.carrierMessageId().orElseThrow().startsWith("SM"));
    assertEquals(0, outboxRows());
    Conversation c = f.tx(em -> em.find(Conversation.class, sms.id()));
    assertEquals(
        Optional.of(queued.id()), c.lastMessageId(), "the send became the last message at once");
  }

  @Test
  void transientFailuresRetryWithBackoffAndSendOnce() {
    carrier.script.add(
        () -> {
          throw CarrierException.transientFailure("500", "server error", null);
        });
    MessageView queued = sendSms("retry me", Optional.empty());
    processor.dispatchDue();
    assertEquals(Optional.of(MessageStatus.QUEUED), message(queued.id()).status());
    assertEquals(0, processor.dispatchDue(), "not before the backoff");
    clock.advance(Duration.ofSeconds(5));
    processor.dispatchDue();
    assertEquals(Optional.of(MessageStatus.SENT), message(queued.id()).status());
    assertEquals(2, carrier.calls, "one failed call, one accepted");
    carrier.calls = 0;
  }

  @Test
  void anOptOutFailsTheMessageAndSetsDnd() {
    carrier.script.add(
        () -> {
          throw CarrierException.consentWithdrawn(
              "21610", "Attempt to send to unsubscribed recipient");
        });
    MessageView queued = sendSms("hello", Optional.empty());
    processor.dispatchDue();
    Message failed = message(queued.id());
    assertEquals(Optional.of(MessageStatus.FAILED), failed.status());
    assertEquals(Optional.of("21610"), failed.errorCode());
    assertTrue(f.tx(em -> em.find(Contact.class, contact.id())).dndOn(Channel.SMS));
    ConflictException refused =
        assertThrows(ConflictException.class, () -> sendSms("again", Optional.empty()));
    assertEquals("dnd", refused.problemType());
    f.tx(
        em -> {
          em.find(Contact.class, contact.id()).setDnd(Channel.SMS, false, clock.instant());
          return null;
        });
    carrier.calls = 0;
  }

  @Test
  void scheduledMessagesWaitAndAreRecheckedForDnd() {
    MessageView later = sendSms("tomorrow", Optional.of(clock.instant().plus(Duration.ofDays(1))));
    assertEquals(Optional.of(MessageStatus.SCHEDULED), later.status());
    assertEquals(0, processor.dispatchDue());
    clock.advance(Duration.ofDays(1));
    assertEquals(1, processor.dispatchDue());
    assertEquals(Optional.of(MessageStatus.SENT), message(later.id()).status());

    MessageView optedOut =
        sendSms("next week", Optional.of(clock.instant().plus(Duration.ofDays(7))));
    f.tx(
        em -> {
          em.find(Contact.class, contact.id()).setDnd(Channel.SMS, true, clock.instant());
          return null;
        });
    clock.advance(Duration.ofDays(8));
    int before = carrier.sent.size();
    processor.dispatchDue();
    assertEquals(before, carrier.sent.size(), "not sent to a contact who opted out meanwhile");
    assertEquals(Optional.of(MessageStatus.FAILED), message(optedOut.id()).status());
    assertEquals(Optional.of("DND"), message(optedOut.id()).errorCode());
    f.tx(
        em -> {
          em.find(Contact.class, contact.id()).setDnd(Channel.SMS, false, clock.instant());
          return null;
        });
    carrier.calls = 0;
  }

  @Test
  void aCallCutShortIsReconciledNotRepeated() {
    MessageView queued = sendSms("crash during the call", Optional.empty());
    // a node claims the entry (the attempt is recorded) and dies during the carrier call
    List<Dispatch> claimed = crashDuringCalls(OutboxSettings.DEFAULT_LEASE);
    assertEquals(List.of(queued.id()), claimed.stream().map(Dispatch::messageId).toList());
    assertEquals(0, processor.dispatchDue(), "the lease keeps other dispatchers away");
    carrier.reconcileAnswer =
        Reconciliation.accepted(new CarrierReceipt("twilio", "SMreconciled", "sent", false));
    clock.advance(OutboxSettings.DEFAULT_LEASE.plusSeconds(1));
    processor.dispatchDue();
    assertEquals(0, carrier.sent.size(), "the carrier had it: not sent again");
    assertEquals(Optional.of("SMreconciled"), message(queued.id()).carrierMessageId());
    assertEquals(Optional.of(MessageStatus.SENT), message(queued.id()).status());
    carrier.reconcileAnswer = Reconciliation.unknown();
  }

  @Test
  void aCallCutShortThatDidNotReachTheCarrierIsSentOnce() {
    MessageView queued = sendSms("crash before the carrier got it", Optional.empty());
    crashDuringCalls(OutboxSettings.DEFAULT_LEASE);
    carrier.reconcileAnswer = Reconciliation.notAccepted();
    clock.advance(OutboxSettings.DEFAULT_LEASE.plusSeconds(1));
    processor.dispatchDue();
    assertEquals(1, carrier.sent.size());
    assertEquals(Optional.of(MessageStatus.SENT), message(queued.id()).status());
    carrier.reconcileAnswer = Reconciliation.unknown();
    carrier.calls = 0;
  }

  @Test
  void whenTheCarrierCannotTellTheOutboxWaitsForItsEventsBeforeSendingAgain() {
    MessageView queued = sendSms("carrier cannot be asked", Optional.empty());
    crashDuringCalls(OutboxSettings.DEFAULT_LEASE);
    clock.advance(OutboxSettings.DEFAULT_LEASE.plusSeconds(1));
    processor.dispatchDue();
    assertEquals(0, carrier.sent.size(), "within the grace period: wait");
    clock.advance(OutboxProcessor.CONFIRMATION_GRACE);
    processor.dispatchDue();
    assertEquals(1, carrier.sent.size(), "no confirmation came: sent");
    assertEquals(Optional.of(MessageStatus.SENT), message(queued.id()).status());
    carrier.calls = 0;
  }

  @Test
  void aTimeoutAfterWhichTheCarrierHasTheMessageIsReconciledNotResent() {
    while (processor.dispatchDue() > 0) {} // nothing of other tests in this round
    carrier.script.add(
        () -> {
          throw CarrierException.outcomeUnknown("timeout", "no answer in time", null);
        });
    MessageView queued = sendSms("slow but taken", Optional.empty());
    processor.dispatchDue();
    assertEquals(1, carrier.callsFor(queued.id()));
    assertEquals(Optional.of(MessageStatus.QUEUED), message(queued.id()).status());
    assertEquals(0, processor.dispatchDue(), "no blind retry while the outcome is unknown");
    carrier.reconcileAnswer =
        Reconciliation.accepted(new CarrierReceipt("twilio", "SMtaken", "queued", false));
    clock.advance(OutboxSettings.DEFAULT_RECONCILE_DELAY.plusSeconds(1));
    processor.dispatchDue();
    assertEquals(1, carrier.callsFor(queued.id()), "found at the carrier: not sent again");
    assertEquals(Optional.of("SMtaken"), message(queued.id()).carrierMessageId());
    assertEquals(Optional.of(MessageStatus.SENT), message(queued.id()).status());
    carrier.reconcileAnswer = Reconciliation.unknown();
    carrier.calls = 0;
  }

  @Test
  void aTimeoutAfterWhichTheCarrierDoesNotHaveTheMessageIsSentOnceMore() {
    while (processor.dispatchDue() > 0) {} // nothing of other tests in this round
    carrier.script.add(
        () -> {
          throw CarrierException.outcomeUnknown("connection-lost", "connection reset", null);
        });
    MessageView queued = sendSms("lost on the way", Optional.empty());
    processor.dispatchDue();
    carrier.reconcileAnswer = Reconciliation.notAccepted();
    clock.advance(OutboxSettings.DEFAULT_RECONCILE_DELAY.plusSeconds(1));
    processor.dispatchDue();
    assertEquals(2, carrier.callsFor(queued.id()));
    assertEquals(
        1,
        carrier.sent.stream()
            .filter(m -> ((OutboundText) m).messageId().equals(queued.id()))
            .count(),
        "accepted once");
    assertEquals(Optional.of(MessageStatus.SENT), message(queued.id()).status());
    processor.dispatchDue();
    assertEquals(2, carrier.callsFor(queued.id()), "nothing more");
    carrier.reconcileAnswer = Reconciliation.unknown();
    carrier.calls = 0;
  }

  @Test
  void aNotThereAnswerTooSoonAfterTheAttemptIsAskedAgainOnceTheCarrierHadTime() {
    MessageView queued = sendSms("crash, then asked early", Optional.empty());
    crashDuringCalls(Duration.ofSeconds(5));
    carrier.reconcileAnswer = Reconciliation.notAccepted();
    clock.advance(Duration.ofSeconds(6)); // lease over, reconcile delay not yet
    processor.dispatchDue();
    assertEquals(0, carrier.callsFor(queued.id()), "the carrier may still be creating it");
    clock.advance(OutboxSettings.DEFAULT_RECONCILE_DELAY);
    processor.dispatchDue();
    assertEquals(1, carrier.callsFor(queued.id()));
    assertEquals(Optional.of(MessageStatus.SENT), message(queued.id()).status());
    carrier.reconcileAnswer = Reconciliation.unknown();
    carrier.calls = 0;
  }

  @Test
  void aCarrierMessageAlreadyMatchedToAnotherMessageIsNotTakenTwice() {
    while (processor.dispatchDue() > 0) {} // nothing of other tests in this round
    MessageView first = sendSms("twin", Optional.empty());
    MessageView second = sendSms("twin", Optional.empty());
    // both claimed (a pacing slot each) and cut short by a crash
    crashDuringCalls(OutboxSettings.DEFAULT_LEASE);
    clock.advance(Duration.ofMillis(10));
    crashDuringCalls(OutboxSettings.DEFAULT_LEASE);
    carrier.reconcileAnswer =
        Reconciliation.accepted(new CarrierReceipt("twilio", "SMtwin", "queued", false));
    clock.advance(OutboxSettings.DEFAULT_LEASE.plusSeconds(1));
    processor.dispatchDue();
    List<Optional<String>> sids =
        List.of(message(first.id()).carrierMessageId(), message(second.id()).carrierMessageId());
    assertTrue(sids.contains(Optional.of("SMtwin")), "one of them is the carrier's message");
    assertTrue(sids.contains(Optional.empty()), "the other one is not");
    // the other one waits as "unknown", then goes once the grace is over
    carrier.reconcileAnswer = Reconciliation.unknown();
    UUID other = message(first.id()).carrierMessageId().isEmpty() ? first.id() : second.id();
    for (int round = 0; round < 40 && carrier.callsFor(other) == 0; round++) {
      clock.advance(OutboxSettings.DEFAULT_RECONCILE_DELAY);
      processor.dispatchDue();
    }
    assertEquals(1, carrier.callsFor(other));
    assertEquals(Optional.of(MessageStatus.SENT), message(other).status());
    carrier.calls = 0;
  }

  @Test
  void repeatedUnknownAnswersCountTheGraceFromTheUncertainAttempt() {
    MessageView queued = sendSms("nobody can tell", Optional.empty());
    crashDuringCalls(OutboxSettings.DEFAULT_LEASE);
    clock.advance(OutboxSettings.DEFAULT_LEASE.plusSeconds(1));
    for (int round = 0; round < 40 && carrier.callsFor(queued.id()) == 0; round++) {
      processor.dispatchDue();
      clock.advance(OutboxSettings.DEFAULT_RECONCILE_DELAY);
    }
    assertEquals(
        1, carrier.callsFor(queued.id()), "sent once the grace after the attempt was over");
    assertEquals(Optional.of(MessageStatus.SENT), message(queued.id()).status());
    carrier.calls = 0;
  }

  @Test
  void theSandboxCarriersDeliverEveryChannelThroughTheStatusPath() {
    MessageStatusService statuses = statusService();
    OutboxProcessor sandboxed =
        new OutboxProcessor(
            transactions,
            new dev.chatinbox.core.infrastructure.carrier.sandbox.SandboxTextCarrier(),
            new dev.chatinbox.core.infrastructure.carrier.sandbox.SandboxEmailCarrier(),
            statuses,
            OutboxSettings.defaults(),
            clock);
    Conversation mail = f.conversation(contact, Channel.EMAIL, InboxFixture.NOW);
    MessageView text = sendSms("sandbox sms", Optional.empty());
    MessageView email =
        f.tx(
            em ->
                sender.sendEmail(
                    bob(),
                    mail.id(),
                    new SendEmail(
                        "Bob",
                        "bob@example.com",
                        "olivia@example.com",
                        List.of(),
                        List.of(),
                        "Hello",
                        "Hi Olivia",
                        List.of(),
                        Optional.empty())));
    sandboxed.dispatchDue();
    for (UUID id : List.of(text.id(), email.id())) {
      Message m = message(id);
      assertEquals(Optional.of(MessageStatus.DELIVERED), m.status(), "delivered: " + id);
      assertTrue(m.sandbox(), "marked as sandbox");
    }
    assertTrue(message(text.id()).carrierMessageId().orElseThrow().startsWith("SMsandbox"));
    assertEquals(Optional.of("delivered"), message(email.id()).carrierStatus());
  }

  @Test
  void validationRefusesAndStoresNothing() {
    long before = outboxRows();
    InvalidInputException bad =
        assertThrows(
            InvalidInputException.class,
            () ->
                f.tx(
                    em ->
                        sender.sendText(
                            bob(),
                            sms.id(),
                            new SendText(
                                Channel.SMS,
                                "x".repeat(1601),
                                Optional.of("123"),
                                "+19995550000",
                                Optional.empty(),
                                Optional.empty(),
                                Map.of()))));
    assertEquals(
        List.of("to", "from", "message"), bad.violations().stream().map(v -> v.field()).toList());
    assertEquals(before, outboxRows());
    ConflictException window =
        assertThrows(
            ConflictException.class,
            () ->
                f.tx(
                    em ->
                        sender.sendText(
                            bob(),
                            whatsapp.id(),
                            new SendText(
                                Channel.WHATSAPP,
                                "hi",
                                Optional.empty(),
                                "whatsapp:+14155550123",
                                Optional.empty(),
                                Optional.empty(),
                                Map.of()))));
    assertEquals("whatsapp-window", window.problemType());
    MessageView template =
        f.tx(
            em ->
                sender.sendText(
                    bob(),
                    whatsapp.id(),
                    new SendText(
                        Channel.WHATSAPP,
                        "",
                        Optional.empty(),
                        "whatsapp:+14155550123",
                        Optional.empty(),
                        Optional.of("HX" + "a".repeat(32)),
                        Map.of("1", "Olivia"))));
    processor.dispatchDue();
    OutboundText sent = (OutboundText) carrier.sent.get(carrier.sent.size() - 1);
    assertEquals(Optional.of("HX" + "a".repeat(32)), sent.contentSid());
    assertEquals(Map.of("1", "Olivia"), sent.contentVariables());
    assertEquals(Optional.of(MessageStatus.SENT), message(template.id()).status());
  }

  /**
   * A node claims what is due, records the attempt of each (its carrier calls start) and dies in
   * the calls: what it claimed is "uncertain" once the lease runs out.
   */
  private List<Dispatch> crashDuringCalls(Duration lease) {
    List<Dispatch> claimed = transactions.claim(clock.instant(), 50, lease);
    claimed.forEach(d -> assertTrue(transactions.startAttempt(d, clock.instant(), lease)));
    return claimed;
  }

  @Test
  void aNodeThatDiesAfterItsClaimBeforeItsCallsLeavesNothingToReconcile() {
    MessageView queued = sendSms("claimed, never attempted", Optional.empty());
    List<Dispatch> claimed = transactions.claim(clock.instant(), 50, OutboxSettings.DEFAULT_LEASE);
    assertEquals(List.of(queued.id()), claimed.stream().map(Dispatch::messageId).toList());
    // the node dies here: no attempt was recorded, so nothing can be in doubt
    assertEquals(0, processor.dispatchDue(), "the claim keeps other dispatchers away meanwhile");
    carrier.reconcileAnswer =
        Reconciliation.accepted(new CarrierReceipt("twilio", "SMx", "queued", false));
    carrier.calls = 0;
    clock.advance(OutboxTransactions.MAX_CLAIM_HOLD.plusSeconds(1));
    processor.dispatchDue();
    assertEquals(1, carrier.callsFor(queued.id()), "sent once the claim ran out, not reconciled");
    assertEquals(Optional.of(MessageStatus.SENT), message(queued.id()).status());
    assertTrue(
        message(queued.id()).carrierMessageId().filter(id -> !id.equals("SMx")).isPresent(),
        "the carrier was not asked: the message was sent, not matched");
    assertFalse(
        transactions.startAttempt(claimed.get(0), clock.instant(), OutboxSettings.DEFAULT_LEASE),
        "the dead node's claim is worth nothing any more");
  }

  @Test
  void claimedMessagesGoOutConcurrentlyAtMostTheConfiguredNumberAtATime() throws Exception {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ids.add(sendSms("burst " + i, Optional.empty()).id());
    }
    carrier.sent.clear();
    java.util.concurrent.atomic.AtomicInteger inCall =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger mostAtOnce =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.CountDownLatch fourInCall = new java.util.concurrent.CountDownLatch(4);
    for (int i = 0; i < 12; i++) {
      carrier.script.add(
          () -> {
            mostAtOnce.accumulateAndGet(inCall.incrementAndGet(), Math::max);
            fourInCall.countDown();
            try {
              fourInCall.await(5, java.util.concurrent.TimeUnit.SECONDS);
              Thread.sleep(20);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            inCall.decrementAndGet();
            return new CarrierReceipt(
                "twilio", "SM" + UUID.randomUUID().toString().replace("-", ""), "queued", false);
          });
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      OutboxProcessor concurrent =
          new OutboxProcessor(
              transactions,
              carrier,
              carrier,
              statusService(),
              new OutboxSettings(
                  Duration.ofSeconds(1), Duration.ofSeconds(30), OutboxSettings.DEFAULT_LEASE, 4),
              clock);
      assertEquals(12, concurrent.dispatchDue(pool));
    } finally {
      pool.shutdownNow();
    }
    assertEquals(4, mostAtOnce.get(), "four calls at once, never more");
    for (UUID id : ids) {
      assertEquals(Optional.of(MessageStatus.SENT), message(id).status());
      assertEquals(1, carrier.callsFor(id));
    }
  }

  /** A carrier whose answers the test scripts; accepts by default. */
  private static final class ScriptedCarrier implements TextCarrier, EmailCarrier {
    final List<Object> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
    final Deque<Supplier<CarrierReceipt>> script =
        new java.util.concurrent.ConcurrentLinkedDeque<>();
    volatile Reconciliation reconcileAnswer = Reconciliation.unknown();
    volatile int calls;
    final List<UUID> attempted = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Calls made for one message. */
    long callsFor(UUID messageId) {
      return attempted.stream().filter(messageId::equals).count();
    }

    @Override
    public String name() {
      return "twilio";
    }

    @Override
    public CarrierReceipt send(OutboundText message) {
      counted(message.messageId());
      CarrierReceipt receipt = next();
      sent.add(message);
      return receipt;
    }

    @Override
    public CarrierReceipt send(OutboundEmail email) {
      counted(email.messageId());
      CarrierReceipt receipt = next();
      sent.add(email);
      return receipt;
    }

    private synchronized void counted(UUID messageId) {
      calls++;
      attempted.add(messageId);
    }

    private CarrierReceipt next() {
      Supplier<CarrierReceipt> step = script.poll();
      return step != null
          ? step.get()
          : new CarrierReceipt(
              "twilio", "SM" + UUID.randomUUID().toString().replace("-", ""), "queued", false);
    }

    @Override
    public Reconciliation reconcile(OutboundText message, Instant since) {
      return reconcileAnswer;
    }

    @Override
    public boolean sandbox() {
      return false;
    }
  }

  /** Events go nowhere in this test: the test calls the processor itself. */
  private static final class NoEvents implements Event<OutboxWakeUp> {
    @Override
    public void fire(OutboxWakeUp event) {}

    @Override
    public <U extends OutboxWakeUp> CompletionStage<U> fireAsync(U event) {
      return null;
    }

    @Override
    public <U extends OutboxWakeUp> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      return null;
    }

    @Override
    public Event<OutboxWakeUp> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends OutboxWakeUp> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      return null;
    }

    @Override
    public <U extends OutboxWakeUp> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      return null;
    }
  }

  /** The status path, each report in its own transaction as on the server. */
  private MessageStatusService statusService() {
    return new MessageStatusService(
        f.messages,
        f.conversations,
        f.contacts,
        new InboxEvents(
            new dev.chatinbox.core.infrastructure.persistence.JpaInboxChangeRepository(f.em),
            new RecordingEvent<>(),
            clock),
        new dev.chatinbox.core.infrastructure.persistence.SqlEarlyStatusReports(f.em),
        10_000,
        60,
        clock) {
      @Override
      public Outcome record(StatusReport report) {
        return f.tx(em -> super.record(report));
      }
    };
  }
}
