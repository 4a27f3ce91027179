package dev.chatinbox.core.application.outbox;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.conversation.ConversationLookup;
import dev.chatinbox.core.application.delivery.MessageStatusService;
import dev.chatinbox.core.application.messaging.OutboundSettings;
import dev.chatinbox.core.application.messaging.ScheduledMessageService;
import dev.chatinbox.core.application.messaging.SendMessageService;
import dev.chatinbox.core.application.messaging.SendText;
import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.message.ScheduledMessageCriteria;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import dev.chatinbox.core.infrastructure.carrier.sandbox.SandboxEmailCarrier;
import dev.chatinbox.core.infrastructure.carrier.twilio.TwilioSettings;
import dev.chatinbox.core.infrastructure.carrier.twilio.TwilioTextCarrier;
import dev.chatinbox.core.infrastructure.persistence.JpaInboxChangeRepository;
import dev.chatinbox.core.infrastructure.persistence.JpaOutboxRepository;
import dev.chatinbox.core.spi.carrier.EmailCarrier;
import dev.chatinbox.core.spi.carrier.StatusReport;
import dev.chatinbox.core.spi.carrier.TextCarrier;
import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.RecordingEvent;
import dev.chatinbox.core.support.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One server node, wired by hand as CDI wires it on Liberty: its own entity manager (so its own
 * connection and transactions), no sender pacing (tested in {@link SenderPacerTest}), and the
 * services that schedule, cancel and dispatch — each public call in its own resource-local
 * transaction, as {@code @Transactional} does in the server. Several nodes on one database stand
 * for several servers.
 */
public final class OutboxNode implements AutoCloseable {
  /** The Twilio account {@link #onFakeCarrier} nodes use (the fake carrier may expect it). */
  static final String TWILIO_ACCOUNT = "AC" + "0123456789abcdef0123456789abcdef";

  static final String TWILIO_TOKEN = "token";

  final InboxFixture f;
  final TextCarrier text;
  final OutboxProcessor processor;
  final OutboxTransactions transactions;

  /** Not transactional itself: call it within {@code f.tx} (or use {@link #sendText}). */
  final SendMessageService sender;

  private final ScheduledMessageService scheduled;

  public OutboxNode(TestDatabase db, Clock clock, TextCarrier text, EmailCarrier email) {
    this.f = new InboxFixture(db);
    this.text = text;
    OutboundSettings settings = new OutboundSettings("", 10_000_000, 30_000_000, 365, "");
    JpaOutboxRepository outbox = new JpaOutboxRepository(f.em);
    ConversationLookup lookup = new ConversationLookup(f.conversations, new AccessPolicy());
    InboxEvents events =
        new InboxEvents(new JpaInboxChangeRepository(f.em), new RecordingEvent<>(), clock);
    this.sender =
        new SendMessageService(
            lookup,
            f.contacts,
            f.messages,
            outbox,
            settings,
            new RecordingEvent<>(),
            events,
            text,
            clock);
    this.scheduled =
        new ScheduledMessageService(f.messages, outbox, lookup, new AccessPolicy(), events, clock);
    MessageStatusService statuses =
        new MessageStatusService(
            f.messages,
            f.conversations,
            f.contacts,
            events,
            new dev.chatinbox.core.infrastructure.persistence.SqlEarlyStatusReports(f.em),
            10_000,
            60,
            clock) {
          @Override
          public Outcome record(StatusReport report) {
            return f.tx(em -> super.record(report));
          }
        };
    this.transactions = new TxOutboxTransactions(f, new Unpaced(), events, statuses);
    this.processor =
        new OutboxProcessor(transactions, text, email, statuses, OutboxSettings.defaults(), clock);
  }

  /**
   * A node sending text through the real Twilio adapter (its own client) to {@code fake}, email
   * through the sandbox.
   */
  static OutboxNode onFakeCarrier(TestDatabase db, Clock clock, FakeCarrier fake) {
    TwilioTextCarrier twilio =
        new TwilioTextCarrier(
            TwilioSettings.builder()
                .accountSid(TWILIO_ACCOUNT)
                .authToken(TWILIO_TOKEN)
                .smsFrom("+14155550100")
                .baseUrl(fake.baseUrl())
                .build());
    return new OutboxNode(db, clock, twilio, new SandboxEmailCarrier());
  }

  /** The node's fixture: its entity manager, repositories and helpers. */
  public InboxFixture fixture() {
    return f;
  }

  public MessageView sendText(Caller caller, UUID conversationId, SendText send) {
    return f.tx(em -> sender.sendText(caller, conversationId, send));
  }

  MessageView cancel(Caller caller, UUID messageId) {
    return f.tx(em -> scheduled.cancel(caller, messageId));
  }

  Page<MessageView> list(Caller caller, ScheduledMessageCriteria criteria, PageRequest page) {
    return f.tx(em -> scheduled.list(caller, criteria, page));
  }

  /** Runs dispatch rounds until one finds nothing due; @return entries handled in all. */
  public int drain() {
    int total = 0;
    for (int handled = processor.dispatchDue(); handled > 0; handled = processor.dispatchDue()) {
      total += handled;
    }
    return total;
  }

  @Override
  public void close() {
    f.close();
  }

  /** Every message may go at once: these tests are about claiming, not pacing. */
  private static final class Unpaced extends SenderPacer {
    @Override
    public Optional<Instant> acquire(
        dev.chatinbox.core.domain.shared.Channel channel, String sender, Instant now) {
      return Optional.empty();
    }
  }
}
