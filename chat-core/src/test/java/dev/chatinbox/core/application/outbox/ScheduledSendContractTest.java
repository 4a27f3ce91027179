package dev.chatinbox.core.application.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.messaging.OutboundSettings;
import dev.chatinbox.core.application.messaging.SendText;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.domain.message.ScheduledMessageCriteria;
import dev.chatinbox.core.domain.shared.AccessDeniedException;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.ConflictException;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.MutableClock;
import dev.chatinbox.core.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Scheduled send (spec 9, issue #7) on PostgreSQL and on the embedded H2, with the real Twilio
 * adapter talking to {@link FakeCarrier} — every send is counted where it arrives. Time is a {@link
 * MutableClock}: nothing sleeps. Each test messages its own phone number, so counts never mix.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ScheduledSendContractTest {
  private static final AtomicInteger PHONES = new AtomicInteger(100);

  private TestDatabase db;
  private FakeCarrier fake;
  private final MutableClock clock = new MutableClock(InboxFixture.NOW);
  private OutboxNode node;
  private User bob;
  private User carol;
  private User admin;

  @BeforeAll
  void setUp() throws Exception {
    db = database();
    fake = FakeCarrier.start().expectTwilioAuth(OutboxNode.TWILIO_ACCOUNT, OutboxNode.TWILIO_TOKEN);
    node = node();
    bob = node.f.user("bob", Role.USER);
    carol = node.f.user("carol", Role.USER);
    admin = node.f.user("alice", Role.ADMIN);
  }

  abstract TestDatabase database() throws Exception;

  @AfterAll
  void tearDown() throws Exception {
    node.close();
    fake.close();
    db.close();
  }

  private OutboxNode node() {
    return OutboxNode.onFakeCarrier(db, clock, fake);
  }

  /** A contact of bob's with a phone of its own, and its SMS conversation. */
  private Conversation conversation(String phone) {
    Contact contact = node.f.contact("Contact " + phone, phone, null, bob);
    return node.f.conversation(contact, Channel.SMS, InboxFixture.NOW);
  }

  private static String newPhone() {
    return "+1415555" + String.format("%04d", PHONES.getAndIncrement());
  }

  private MessageView schedule(Conversation c, String phone, String text, Duration ahead) {
    return node.sendText(
        InboxFixture.caller(bob),
        c.id(),
        new SendText(
            Channel.SMS,
            text,
            Optional.empty(),
            phone,
            Optional.of(clock.instant().plus(ahead)),
            Optional.empty(),
            Map.of()));
  }

  private Message message(UUID id) {
    return node.f.tx(em -> em.find(Message.class, id));
  }

  private List<String> bodiesSentTo(String phone) {
    return fake.twilioRequestsTo(phone).stream().map(r -> r.formValue("Body")).toList();
  }

  @Test
  void aScheduledMessageIsNotSentBeforeItsTimeAndSentOnceAfter() {
    String phone = newPhone();
    Conversation c = conversation(phone);
    MessageView scheduled = schedule(c, phone, "in one hour", Duration.ofHours(1));
    assertEquals(Optional.of(MessageStatus.SCHEDULED), scheduled.status());
    assertEquals(Optional.of(clock.instant().plus(Duration.ofHours(1))), scheduled.scheduledAt());

    node.drain();
    clock.advance(Duration.ofMinutes(59).plusSeconds(59));
    node.drain();
    assertEquals(List.of(), bodiesSentTo(phone), "not before its time");
    assertEquals(Optional.of(MessageStatus.SCHEDULED), message(scheduled.id()).status());
    Conversation before = node.f.tx(em -> em.find(Conversation.class, c.id()));
    assertEquals(Optional.empty(), before.lastMessageId(), "not the last message while waiting");

    clock.advance(Duration.ofSeconds(3));
    node.drain();
    node.drain();
    clock.advance(Duration.ofDays(1));
    node.drain();
    assertEquals(List.of("in one hour"), bodiesSentTo(phone), "sent exactly once");
    Message sent = message(scheduled.id());
    assertEquals(Optional.of(MessageStatus.SENT), sent.status());
    assertEquals(Optional.of(Duration.ofSeconds(2)), sent.scheduledLateness());
    assertEquals(
        scheduled.scheduledAt().orElseThrow().plusSeconds(2),
        sent.occurredAt(),
        "its timestamp is when it was sent, not when it was written");
    Conversation after = node.f.tx(em -> em.find(Conversation.class, c.id()));
    assertEquals(Optional.of(scheduled.id()), after.lastMessageId(), "last message once sent");
    assertEquals(
        List.of("new_message", "message_status"),
        changes(scheduled.id()),
        "scheduled, then scheduled -> sent announced (real-time)");
  }

  @Test
  void aMessageCancelledBeforeItsTimeIsNeverSent() {
    String phone = newPhone();
    Conversation c = conversation(phone);
    MessageView scheduled = schedule(c, phone, "cancel me", Duration.ofMinutes(30));
    MessageView cancelled = node.cancel(InboxFixture.caller(bob), scheduled.id());
    assertEquals(Optional.of(MessageStatus.CANCELLED), cancelled.status());
    assertEquals(scheduled.scheduledAt(), cancelled.scheduledAt());

    clock.advance(Duration.ofHours(2));
    node.drain();
    assertEquals(List.of(), bodiesSentTo(phone), "never sent");
    Message stored = message(scheduled.id());
    assertEquals(Optional.of(MessageStatus.CANCELLED), stored.status());
    assertEquals(Optional.empty(), stored.scheduledLateness(), "a cancelled message was not late");
    assertEquals(
        List.of("new_message", "message_status"),
        changes(scheduled.id()),
        "scheduled, then the cancel announced (real-time: message_status)");

    ConflictException again =
        assertThrows(
            ConflictException.class, () -> node.cancel(InboxFixture.caller(bob), scheduled.id()));
    assertEquals("conflict", again.problemType());
  }

  @Test
  void cancellingAfterTheMessageWentIsAConflict() {
    String phone = newPhone();
    Conversation c = conversation(phone);
    MessageView scheduled = schedule(c, phone, "too late to cancel", Duration.ofMinutes(5));
    clock.advance(Duration.ofMinutes(5));
    node.drain();
    ConflictException refused =
        assertThrows(
            ConflictException.class, () -> node.cancel(InboxFixture.caller(bob), scheduled.id()));
    assertEquals("conflict", refused.problemType());
    assertTrue(refused.getMessage().contains("sent"), refused.getMessage());
    assertEquals(Optional.of(MessageStatus.SENT), message(scheduled.id()).status());
    assertEquals(List.of("too late to cancel"), bodiesSentTo(phone));

    MessageView queued =
        node.sendText(
            InboxFixture.caller(bob),
            c.id(),
            new SendText(
                Channel.SMS,
                "right now",
                Optional.empty(),
                phone,
                Optional.empty(),
                Optional.empty(),
                Map.of()));
    ConflictException notScheduled =
        assertThrows(
            ConflictException.class, () -> node.cancel(InboxFixture.caller(bob), queued.id()));
    assertTrue(notScheduled.getMessage().contains("queued"), notScheduled.getMessage());
    Message inbound = node.f.inbound(c, "from the contact", clock.instant());
    assertThrows(
        ObjectNotFoundException.class,
        () -> node.cancel(InboxFixture.caller(bob), inbound.id()),
        "the contact's messages are no scheduled messages");
  }

  @Test
  void cancellingAMessageADispatcherHasClaimedIsAConflictAndItStillGoesOnce() {
    String phone = newPhone();
    Conversation c = conversation(phone);
    MessageView scheduled = schedule(c, phone, "claimed", Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    // another node claims it, records its attempt and is in its carrier call
    OutboxNode other = node();
    Dispatch claimed = claimOn(other, scheduled);
    assertTrue(
        other.transactions.startAttempt(claimed, clock.instant(), OutboxSettings.DEFAULT_LEASE));
    assertThrows(
        ConflictException.class, () -> node.cancel(InboxFixture.caller(bob), scheduled.id()));
    other.transactions.accepted(
        scheduled.id(), other.text.send(claimed.text().orElseThrow()), clock.instant());
    other.close();
    clock.advance(OutboxSettings.DEFAULT_LEASE.multipliedBy(2));
    node.drain();
    assertEquals(List.of("claimed"), bodiesSentTo(phone), "sent once, not cancelled");
    assertEquals(Optional.of(MessageStatus.SENT), message(scheduled.id()).status());
  }

  @Test
  void cancellingAMessageClaimedButNotYetAttemptedWinsAndTheCarrierIsNeverCalled() {
    String phone = newPhone();
    Conversation c = conversation(phone);
    MessageView scheduled = schedule(c, phone, "claimed only", Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    OutboxNode other = node();
    Dispatch claimed = claimOn(other, scheduled);
    assertEquals(
        Optional.of(MessageStatus.CANCELLED),
        node.cancel(InboxFixture.caller(bob), scheduled.id()).status());
    assertFalse(
        other.transactions.startAttempt(claimed, clock.instant(), OutboxSettings.DEFAULT_LEASE),
        "the claimant finds it gone and makes no call");
    other.close();
    clock.advance(OutboxSettings.DEFAULT_LEASE.multipliedBy(2));
    node.drain();
    assertEquals(List.of(), bodiesSentTo(phone), "never sent");
  }

  /** {@code node} claims what is due; returns its claim of {@code scheduled} (there is one). */
  private Dispatch claimOn(OutboxNode node, MessageView scheduled) {
    List<Dispatch> claimed =
        node.transactions.claim(clock.instant(), 50, OutboxSettings.DEFAULT_LEASE).stream()
            .filter(d -> d.messageId().equals(scheduled.id()))
            .toList();
    assertEquals(1, claimed.size());
    return claimed.get(0);
  }

  @Test
  void aMessageWhoseFirstAttemptFailedCanNoLongerBeCancelledAndGoesOnceOnRetry() {
    String phone = newPhone();
    Conversation c = conversation(phone);
    fake.enqueueTwilioFor(phone, FakeCarrier.Answer.twilioError(503, 20503, "busy"));
    MessageView scheduled = schedule(c, phone, "retried", Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    node.drain();
    assertEquals(1, fake.twilioRequestsTo(phone).size(), "one failed attempt");
    assertEquals(Optional.of(MessageStatus.SCHEDULED), message(scheduled.id()).status());
    // a timed-out attempt may have reached the carrier: from the first attempt on, it is being sent
    assertThrows(
        ConflictException.class, () -> node.cancel(InboxFixture.caller(bob), scheduled.id()));
    clock.advance(Duration.ofMinutes(15));
    node.drain();
    assertEquals(List.of("retried", "retried"), bodiesSentTo(phone), "failed once, then sent");
    assertEquals(Optional.of(MessageStatus.SENT), message(scheduled.id()).status());
  }

  @Test
  void overdueMessagesAreSentOnceWhenTheServerComesBackWithTheirLatenessRecorded() {
    String phone = newPhone();
    Conversation c = conversation(phone);
    List<MessageView> scheduled =
        List.of(
            schedule(c, phone, "overdue 1", Duration.ofMinutes(10)),
            schedule(c, phone, "overdue 2", Duration.ofMinutes(20)),
            schedule(c, phone, "overdue 3", Duration.ofMinutes(30)));
    // the server is down while they fall due; it comes back three hours later as a new node
    clock.advance(Duration.ofHours(3));
    OutboxNode restarted = node();
    OutboxNode peer = node();
    restarted.drain();
    peer.drain();
    node.drain();
    restarted.close();
    peer.close();

    assertEquals(
        List.of("overdue 1", "overdue 2", "overdue 3"),
        bodiesSentTo(phone).stream().sorted().toList(),
        "each sent exactly once");
    for (int i = 0; i < scheduled.size(); i++) {
      Message m = message(scheduled.get(i).id());
      assertEquals(Optional.of(MessageStatus.SENT), m.status());
      assertEquals(
          Optional.of(Duration.ofHours(3).minusMinutes(10L * (i + 1))),
          m.scheduledLateness(),
          "lateness of " + m.body());
    }
    MessageView view =
        node.f.tx(
            em ->
                node.f
                    .historyService
                    .history(
                        InboxFixture.caller(bob),
                        c.id(),
                        dev.chatinbox.core.domain.message.MessageCriteria.all(),
                        new PageRequest(1, 10))
                    .items()
                    .get(0));
    assertTrue(view.scheduledLateness().isPresent(), "lateness in the history's view");
  }

  @Test
  void doNotDisturbSetMeanwhileFailsTheMessageWithAReasonAndSendsNothing() {
    String phone = newPhone();
    Conversation c = conversation(phone);
    MessageView scheduled = schedule(c, phone, "opted out meanwhile", Duration.ofHours(1));
    node.f.tx(
        em -> {
          Conversation managed = em.find(Conversation.class, c.id());
          em.find(Contact.class, managed.contactId()).setDnd(Channel.SMS, true, clock.instant());
          return null;
        });
    clock.advance(Duration.ofHours(1));
    node.drain();
    assertEquals(List.of(), bodiesSentTo(phone), "not sent");
    Message failed = message(scheduled.id());
    assertEquals(Optional.of(MessageStatus.FAILED), failed.status());
    assertEquals(Optional.of("DND"), failed.errorCode());
    assertTrue(
        failed.errorMessage().orElseThrow().contains("asked not to be messaged on SMS"),
        failed.errorMessage().orElseThrow());
    assertThrows(
        ConflictException.class, () -> node.cancel(InboxFixture.caller(bob), scheduled.id()));
  }

  @Test
  void aRecipientRemovedFromTheContactMeanwhileIsNotMessaged() {
    String phone = newPhone();
    Conversation c = conversation(phone);
    MessageView scheduled = schedule(c, phone, "to a number gone", Duration.ofHours(1));
    node.f.tx(
        em ->
            em.createNativeQuery("DELETE FROM contact_phones WHERE phone = ?1")
                .setParameter(1, phone)
                .executeUpdate());
    clock.advance(Duration.ofHours(1));
    node.drain();
    assertEquals(List.of(), bodiesSentTo(phone), "not sent");
    Message failed = message(scheduled.id());
    assertEquals(Optional.of(MessageStatus.FAILED), failed.status());
    assertEquals(Optional.of("RECIPIENT_REMOVED"), failed.errorCode());
    assertEquals(
        Optional.of("Not sent: the recipient is no longer one of the contact's phone numbers"),
        failed.errorMessage());
  }

  @Test
  void scheduledAtMustBeInTheFutureAndWithinTheHorizon() {
    String phone = newPhone();
    Conversation c = conversation(phone);
    for (Duration ahead : List.of(Duration.ZERO, Duration.ofSeconds(-1), Duration.ofDays(366))) {
      InvalidInputException bad =
          assertThrows(InvalidInputException.class, () -> schedule(c, phone, "x", ahead));
      assertEquals(List.of("scheduledAt"), bad.violations().stream().map(v -> v.field()).toList());
    }
    assertEquals(
        Optional.of(MessageStatus.SCHEDULED),
        schedule(c, phone, "at the horizon", Duration.ofDays(365)).status());
    assertEquals(
        Duration.ofHours(72),
        OutboundSettings.horizon("PT72H"),
        "chat.schedule.horizon takes ISO 8601 durations");
    assertThrows(IllegalArgumentException.class, () -> OutboundSettings.horizon("365"));
  }

  @Test
  void onlyThoseWhoSeeTheConversationListOrCancelItsScheduledMessages() {
    String phone = newPhone();
    Conversation c = conversation(phone);
    String otherPhone = newPhone();
    Conversation other = conversation(otherPhone);
    MessageView later = schedule(c, phone, "later", Duration.ofDays(2));
    MessageView sooner = schedule(c, phone, "sooner", Duration.ofDays(1));
    MessageView elsewhere = schedule(other, otherPhone, "elsewhere", Duration.ofHours(12));
    node.cancel(InboxFixture.caller(bob), later.id());

    Page<MessageView> mine =
        node.list(
            InboxFixture.caller(bob),
            new ScheduledMessageCriteria(Optional.of(c.id()), Optional.empty()),
            new PageRequest(1, 50));
    assertEquals(List.of(sooner.id(), later.id()), ids(mine), "by scheduledAt, earliest first");
    Page<MessageView> waiting =
        node.list(
            InboxFixture.caller(bob),
            new ScheduledMessageCriteria(Optional.empty(), Optional.of(MessageStatus.SCHEDULED)),
            new PageRequest(1, 200));
    assertTrue(ids(waiting).containsAll(List.of(elsewhere.id(), sooner.id())));
    assertTrue(!ids(waiting).contains(later.id()), "cancelled is not scheduled");
    Page<MessageView> firstPage =
        node.list(
            InboxFixture.caller(bob),
            new ScheduledMessageCriteria(Optional.of(c.id()), Optional.empty()),
            new PageRequest(1, 1));
    assertEquals(2, firstPage.total());
    assertEquals(List.of(sooner.id()), ids(firstPage));

    Set<UUID> carolSees =
        Set.copyOf(
            ids(
                node.list(
                    InboxFixture.caller(carol),
                    ScheduledMessageCriteria.all(),
                    new PageRequest(1, 200))));
    assertTrue(
        carolSees.stream().noneMatch(Set.of(later.id(), sooner.id(), elsewhere.id())::contains),
        "carol sees none of bob's contacts' messages");
    assertThrows(
        UnknownConversationException.class,
        () ->
            node.list(
                InboxFixture.caller(carol),
                new ScheduledMessageCriteria(Optional.of(c.id()), Optional.empty()),
                new PageRequest(1, 50)));
    ObjectNotFoundException hidden =
        assertThrows(
            ObjectNotFoundException.class,
            () -> node.cancel(InboxFixture.caller(carol), sooner.id()));
    assertEquals("Scheduled message not found", hidden.getMessage());
    assertThrows(
        ObjectNotFoundException.class,
        () -> node.cancel(InboxFixture.caller(bob), UUID.randomUUID()));
    assertThrows(
        AccessDeniedException.class,
        () -> node.cancel(new Caller(carol.id(), Set.of(Role.CUST)), sooner.id()));
    assertEquals(
        Optional.of(MessageStatus.SCHEDULED),
        message(sooner.id()).status(),
        "carol changed nothing");

    Set<UUID> adminSees =
        node
            .list(
                InboxFixture.caller(admin), ScheduledMessageCriteria.all(), new PageRequest(1, 200))
            .items()
            .stream()
            .map(MessageView::id)
            .collect(Collectors.toSet());
    assertTrue(adminSees.containsAll(Set.of(later.id(), sooner.id(), elsewhere.id())));
    assertEquals(
        Optional.of(MessageStatus.CANCELLED),
        node.cancel(InboxFixture.caller(admin), elsewhere.id()).status(),
        "an administrator may cancel any");
  }

  /** The change-log event types recorded about a message, in order. */
  private List<String> changes(UUID messageId) {
    return node.f.tx(
        em ->
            em
                .createNativeQuery(
                    "SELECT event_type FROM change_log WHERE message_id = ?1 ORDER BY id")
                .setParameter(1, messageId)
                .getResultList()
                .stream()
                .map(Object::toString)
                .toList());
  }

  private static List<UUID> ids(Page<MessageView> page) {
    return page.items().stream().map(MessageView::id).toList();
  }
}
