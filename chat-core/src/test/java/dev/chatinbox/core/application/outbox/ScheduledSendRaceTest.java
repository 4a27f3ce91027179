package dev.chatinbox.core.application.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.application.messaging.SendText;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.ConflictException;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.MutableClock;
import dev.chatinbox.core.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Several nodes on one PostgreSQL database: two dispatchers racing over the same due messages send
 * each exactly once, and a cancel racing a dispatcher leaves each message cancelled or sent, never
 * both. Sends go through the real Twilio adapter to {@link FakeCarrier}, where they are counted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduledSendRaceTest {

  private TestDatabase db;
  private FakeCarrier fake;
  private final MutableClock clock = new MutableClock(InboxFixture.NOW);
  private OutboxNode node;
  private User bob;
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @BeforeAll
  void setUp() throws Exception {
    db = TestDatabase.postgres();
    fake = FakeCarrier.start().expectTwilioAuth(OutboxNode.TWILIO_ACCOUNT, OutboxNode.TWILIO_TOKEN);
    node = node();
    bob = node.f.user("bob", Role.USER);
  }

  @AfterAll
  void tearDown() throws Exception {
    threads.shutdownNow();
    node.close();
    fake.close();
    db.close();
  }

  /** A node with its own database session and its own Twilio client, like another server. */
  private OutboxNode node() {
    return OutboxNode.onFakeCarrier(db, clock, fake);
  }

  /**
   * {@code count} messages scheduled one minute ahead over ten conversations (phones {@code
   * prefix}0..9), bodies {@code tag-0 … tag-(count-1)}.
   */
  private List<MessageView> scheduleMany(String prefix, String tag, int count) {
    List<Conversation> conversations = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Contact contact = node.f.contact(tag + " contact " + i, prefix + i, null, bob);
      conversations.add(node.f.conversation(contact, Channel.SMS, InboxFixture.NOW));
    }
    List<MessageView> scheduled = new ArrayList<>();
    for (int batch = 0; batch < count; batch += 100) {
      int from = batch;
      node.f.tx(
          em -> {
            for (int i = from; i < Math.min(count, from + 100); i++) {
              Conversation c = conversations.get(i % conversations.size());
              scheduled.add(
                  node.sender.sendText(
                      InboxFixture.caller(bob),
                      c.id(),
                      new SendText(
                          Channel.SMS,
                          tag + "-" + i,
                          Optional.empty(),
                          prefix + (i % conversations.size()),
                          Optional.of(clock.instant().plus(Duration.ofMinutes(1))),
                          Optional.empty(),
                          Map.of())));
            }
            return null;
          });
    }
    return scheduled;
  }

  /** How often each body reached the carrier, for bodies starting with {@code tag-}. */
  private Map<String, Long> sentBodies(String tag) {
    return fake.twilioRequests().stream()
        .map(r -> r.formValue("Body"))
        .filter(b -> b.startsWith(tag + "-"))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private long count(String sql) throws Exception {
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  // a safety net against a hang, not a speed check: generous for a busy machine
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void twoDispatchersRacingOverAThousandDueMessagesSendEachExactlyOnce() throws Exception {
    int n = 1000;
    List<MessageView> scheduled = scheduleMany("+1415556000", "race", n);
    clock.advance(Duration.ofMinutes(1));
    OutboxNode first = node();
    OutboxNode second = node();
    CyclicBarrier start = new CyclicBarrier(2);
    long began = System.nanoTime();
    Future<Integer> a = threads.submit(dispatcher(first, start));
    Future<Integer> b = threads.submit(dispatcher(second, start));
    int handledByFirst = a.get(280, TimeUnit.SECONDS);
    int handledBySecond = b.get(280, TimeUnit.SECONDS);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
    first.close();
    second.close();

    Map<String, Long> sent = sentBodies("race");
    assertEquals(n, sent.size(), "every message reached the carrier");
    assertEquals(
        Map.of(),
        sent.entrySet().stream()
            .filter(e -> e.getValue() != 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
        "none twice");
    assertEquals(n, handledByFirst + handledBySecond, "each claimed once in all");
    assertTrue(
        handledByFirst > 0 && handledBySecond > 0,
        "both dispatchers took part: " + handledByFirst + " / " + handledBySecond);
    Set<UUID> ids = scheduled.stream().map(MessageView::id).collect(Collectors.toSet());
    assertEquals(n, ids.size());
    assertEquals(
        n,
        count(
            "SELECT COUNT(*) FROM messages WHERE status = 'sent' AND body LIKE 'race-%'"
                + " AND scheduled_lateness_ms = 0"));
    assertEquals(0, count("SELECT COUNT(*) FROM outbox"), "the outbox is empty");
    System.out.printf(
        "Two dispatchers sent %d messages in %d ms (%d + %d)%n",
        n, millis, handledByFirst, handledBySecond);
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void aCancelRacingADispatcherLeavesEachMessageCancelledOrSentNeverBoth() throws Exception {
    int n = 200;
    List<MessageView> scheduled = scheduleMany("+1415557000", "cancel", n);
    clock.advance(Duration.ofMinutes(1));
    OutboxNode dispatching = node();
    OutboxNode cancelling = node();
    List<MessageView> order = new ArrayList<>(scheduled);
    Collections.shuffle(order, new Random(7));
    CyclicBarrier start = new CyclicBarrier(2);
    Future<Integer> dispatched = threads.submit(dispatcher(dispatching, start));
    Future<Set<String>> cancelled =
        threads.submit(
            () -> {
              start.await();
              Set<String> bodies = new HashSet<>();
              for (MessageView m : order) {
                try {
                  cancelling.cancel(InboxFixture.caller(bob), m.id());
                  bodies.add(m.message());
                } catch (ConflictException e) {
                  // the dispatcher had it: it is sent, not cancelled
                }
              }
              return bodies;
            });
    Set<String> cancelledBodies = cancelled.get(50, TimeUnit.SECONDS);
    dispatched.get(50, TimeUnit.SECONDS);
    node.drain(); // anything left due is sent now
    dispatching.close();
    cancelling.close();

    Map<String, Long> sent = sentBodies("cancel");
    Set<String> both = new HashSet<>(sent.keySet());
    both.retainAll(cancelledBodies);
    assertEquals(Set.of(), both, "never cancelled and sent");
    assertEquals(n, sent.size() + cancelledBodies.size(), "each cancelled or sent");
    assertTrue(sent.values().stream().allMatch(c -> c == 1), "none sent twice");
    assertEquals(
        cancelledBodies.size(),
        count("SELECT COUNT(*) FROM messages WHERE status = 'cancelled' AND body LIKE 'cancel-%'"));
    assertEquals(
        sent.size(),
        count("SELECT COUNT(*) FROM messages WHERE status = 'sent' AND body LIKE 'cancel-%'"));
    assertTrue(
        !cancelledBodies.isEmpty() && !sent.isEmpty(),
        "both won some: " + cancelledBodies.size() + " cancelled, " + sent.size() + " sent");
  }

  @Test
  void theScheduledListWalksItsIndexes() throws Exception {
    Map<String, String> queries = new HashMap<>();
    queries.put("", "ix_messages_scheduled");
    queries.put(" AND m.status = 'scheduled'", "ix_messages_scheduled_status");
    queries.put(
        " AND m.conversation_id = '00000000-0000-0000-0000-000000000000'",
        "ix_messages_scheduled_conversation");
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute("ANALYZE messages");
      st.execute("SET enable_seqscan = off");
      for (Map.Entry<String, String> q : queries.entrySet()) {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs =
            st.executeQuery(
                "EXPLAIN SELECT m.* FROM messages m WHERE m.scheduled_at IS NOT NULL"
                    + q.getKey()
                    + " ORDER BY m.scheduled_at, m.id LIMIT 50")) {
          while (rs.next()) {
            plan.append(rs.getString(1)).append('\n');
          }
        }
        assertTrue(plan.toString().contains(q.getValue()), q.getValue() + " in\n" + plan);
      }
    }
  }

  /** Runs dispatch rounds until none finds anything due; @return entries it handled. */
  private static Callable<Integer> dispatcher(OutboxNode node, CyclicBarrier start) {
    return () -> {
      start.await();
      return node.drain();
    };
  }
}
