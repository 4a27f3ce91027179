package dev.chatinbox.core.application.lean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.conversation.ConversationViewAssembler;
import dev.chatinbox.core.application.delivery.MessageStatusService;
import dev.chatinbox.core.application.messaging.SendText;
import dev.chatinbox.core.application.outbox.OutboxNode;
import dev.chatinbox.core.application.realtime.ChangeFeed;
import dev.chatinbox.core.application.realtime.ChangeSequencer;
import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.application.realtime.InboxUpdatesService;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationFilter;
import dev.chatinbox.core.domain.conversation.ConversationSort;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageCriteria;
import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.PageRequest;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.infrastructure.carrier.sandbox.SandboxEmailCarrier;
import dev.chatinbox.core.infrastructure.carrier.sandbox.SandboxTextCarrier;
import dev.chatinbox.core.infrastructure.persistence.JpaInboxChangeRepository;
import dev.chatinbox.core.infrastructure.persistence.SqlEarlyStatusReports;
import dev.chatinbox.core.infrastructure.persistence.SqlMessagePages;
import dev.chatinbox.core.infrastructure.persistence.SqlReads;
import dev.chatinbox.core.spi.carrier.StatusReport;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.MutableClock;
import dev.chatinbox.core.support.RecordingEvent;
import dev.chatinbox.core.support.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the request paths cost in SQL statements, counted on a real PostgreSQL database and asserted
 * exactly (issue #15): a conversation list page, a message page and a poll run the same number of
 * statements whatever their size (no statement per row), a send runs a fixed number, and so do
 * carrier status reports recorded together, whatever their number. A change that adds a statement
 * to one of these paths fails here and has to say why in this file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTest {
  /**
   * A list page: the page (one row beyond it), then the read model's three — the contacts with
   * their owners, every collection of those contacts in one query, the last messages with their
   * senders — all rows by JDBC on one connection, no managed entities (it was 11 with managed
   * entities and a query per collection).
   */
  static final int LIST_PAGE = 4;

  /**
   * A message page: the conversation's visibility with its contact's name, the messages (one beyond
   * the page), their attachments — by JDBC, no managed entities (it was 4: the conversation and the
   * contact as entities).
   */
  static final int MESSAGE_PAGE = 3;

  /**
   * A page with rows after it also counts the total (bounded, one statement); the last page knows
   * its total from its own rows.
   */
  static final int TOTAL = 1;

  /**
   * A poll: the change log after the cursor, then — once for all the changes, from the read models
   * by JDBC — the contacts they concern (two: rows, then their collections; visibility is decided
   * on them), the conversations, their last messages, the changed messages and their attachments
   * (it was 16 with entities, then 10).
   */
  static final int POLL = 7;

  /** A poll that finds nothing new: the change log only. */
  static final int EMPTY_POLL = 1;

  /**
   * A send: the conversation, visible and locked in one statement (it was two), contact with its
   * addresses, last inbound message, the message, its outbox row, the change log (sequence and
   * rows), the conversation's new last message.
   */
  static final int SEND = 8;

  /**
   * Carrier status reports recorded together (a SendGrid event batch, or Twilio callbacks grouped
   * by {@code StatusCommits}): the messages read and locked at once, the duplicates found at once,
   * the events inserted and the messages updated in one JDBC batch each, the conversations read at
   * once, the changes logged at once — whatever the number of reports (it was about seven per
   * report).
   */
  static final int STATUS_BATCH = 6;

  private TestDatabase db;
  private final MutableClock clock = new MutableClock(InboxFixture.NOW);
  private OutboxNode node;
  private InboxFixture f;
  private InboxUpdatesService updates;
  private Caller bob;
  private Conversation busy;

  @BeforeAll
  void setUp() throws Exception {
    db = TestDatabase.postgres();
    node = new OutboxNode(db, clock, new SandboxTextCarrier(), new SandboxEmailCarrier());
    f = node.fixture();
    User owner = f.user("bob", Role.USER);
    bob = InboxFixture.caller(owner);
    for (int i = 0; i < 30; i++) {
      Contact contact = f.contact("Contact " + i, "+1415555" + (7000 + i), null, owner);
      Conversation c = f.conversation(contact, Channel.SMS, InboxFixture.NOW.plusSeconds(i));
      f.inbound(c, "hello " + i, InboxFixture.NOW.plusSeconds(i));
      if (i == 0) {
        busy = c;
      }
    }
    for (int i = 0; i < 30; i++) {
      f.inbound(busy, "more " + i, InboxFixture.NOW.plusSeconds(100 + i));
    }
    // changes in the change log, as sends write them (each: a new message, a conversation update)
    for (int i = 0; i < 15; i++) {
      send("change " + i);
    }
    // numbered as the real-time hub numbers committed changes
    ChangeSequencer sequencer = new ChangeSequencer(new JpaInboxChangeRepository(f.em));
    f.tx(em -> sequencer.sequence());
    AccessPolicy access = new AccessPolicy();
    updates =
        new InboxUpdatesService(
            new JpaInboxChangeRepository(f.em),
            new ChangeFeed(
                f.cards,
                new SqlMessagePages(new SqlReads(f.em, db.dataSource()), f.totals),
                new ConversationViewAssembler(f.cards),
                access,
                new dev.chatinbox.core.infrastructure.persistence.JpaMentionRepository(
                    f.em, new SqlReads(f.em, db.dataSource()))),
            access,
            f.conversations,
            clock);
    // warm up: statements EclipseLink prepares once per query are not the paths' cost
    listPage(50);
    messagePage(50);
    poll(0);
    send("warm-up");
  }

  @AfterAll
  void tearDown() throws Exception {
    node.close();
    db.close();
  }

  @Test
  void aListPageCostsTheSameWhateverItsSize() {
    assertEquals(LIST_PAGE + TOTAL, statements(() -> listPage(1)), "page of 1 (more after it)");
    assertEquals(LIST_PAGE, statements(() -> listPage(50)), "page of 50 (30 rows)");
  }

  @Test
  void aMessagePageCostsTheSameWhateverItsSize() {
    assertEquals(
        MESSAGE_PAGE + TOTAL, statements(() -> messagePage(1)), "page of 1 (more after it)");
    assertEquals(MESSAGE_PAGE, statements(() -> messagePage(50)), "page of 50 (31 messages)");
  }

  @Test
  void aPollCostsTheSameWhateverTheNumberOfChanges() {
    long head = f.tx(em -> new JpaInboxChangeRepository(em).head());
    // a send's changes: its new_message and the conversation_update that comes with it
    assertEquals(POLL, statements(() -> poll(head - 2)), "one send");
    assertEquals(POLL, statements(() -> poll(head - 30)), "thirty changes");
    assertEquals(EMPTY_POLL, statements(() -> poll(head)), "none");
  }

  @Test
  void aSendCostsAFixedNumberOfStatements() {
    assertEquals(SEND, statements(() -> send("first")), "a send");
    assertEquals(SEND, statements(() -> send("second")), "the next send");
  }

  @Test
  void statusReportsCostTheSameWhateverTheirNumber() {
    List<String> ids = new ArrayList<>();
    f.tx(
        em -> {
          for (int i = 0; i < 11; i++) {
            Message m =
                Message.outbound(
                    Ids.newId(), busy.id(), Channel.SMS, null, "out " + i, InboxFixture.NOW);
            m.carrierId("twilio", "SM-count-" + i);
            f.messages.store(m);
            ids.add("SM-count-" + i);
          }
          return null;
        });
    MessageStatusService statuses =
        new MessageStatusService(
            f.messages,
            f.conversations,
            f.contacts,
            new InboxEvents(new JpaInboxChangeRepository(f.em), new RecordingEvent<>(), clock),
            new SqlEarlyStatusReports(f.em),
            10_000,
            60,
            clock);
    assertEquals(
        STATUS_BATCH,
        statements(() -> f.tx(em -> statuses.recordAll(delivered(ids.subList(0, 1))))),
        "one report");
    assertEquals(
        STATUS_BATCH,
        statements(() -> f.tx(em -> statuses.recordAll(delivered(ids.subList(1, 11))))),
        "ten reports");
    assertEquals(
        11,
        f.tx(em -> f.messages.findByCarrierIdsForUpdate("twilio", ids)).stream()
            .filter(m -> m.status().equals(Optional.of(MessageStatus.DELIVERED)))
            .count());
  }

  private static List<StatusReport> delivered(List<String> carrierIds) {
    return carrierIds.stream()
        .map(id -> StatusReport.of("twilio", id, "delivered", MessageStatus.DELIVERED))
        .toList();
  }

  private int statements(Supplier<?> request) {
    db.resetStatementCount();
    request.get();
    return db.statementCount();
  }

  private Object listPage(int size) {
    return f.tx(
        em ->
            f.conversationService.list(
                bob,
                ConversationFilter.ALL,
                Optional.empty(),
                Optional.empty(),
                ConversationSort.LATEST,
                new PageRequest(1, size),
                Optional.empty()));
  }

  private Object messagePage(int size) {
    return f.tx(
        em ->
            f.historyService.history(
                bob, busy.id(), MessageCriteria.all(), new PageRequest(1, size)));
  }

  private Object poll(long cursor) {
    return f.tx(
        em -> updates.updates(bob, Optional.of(cursor), Optional.empty(), Optional.empty()));
  }

  private Object send(String text) {
    clock.advance(Duration.ofSeconds(1));
    return node.sendText(
        bob,
        busy.id(),
        new SendText(
            Channel.SMS,
            text,
            Optional.empty(),
            "+14155557000",
            Optional.empty(),
            Optional.empty(),
            Map.of()));
  }
}
