package dev.chatinbox.core.application.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.messaging.SendText;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.infrastructure.carrier.sandbox.SandboxEmailCarrier;
import dev.chatinbox.core.infrastructure.carrier.sandbox.SandboxTextCarrier;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.MutableClock;
import dev.chatinbox.core.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Sends into one conversation from four nodes at once (each its own database session), on
 * PostgreSQL: every send is stored and the conversation's last message is one of them. Before the
 * conversation was locked ahead of the message insert, the insert's foreign-key share lock and the
 * later {@code FOR UPDATE} of two sends deadlocked (found by the bench's write floor).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentSendsTest {
  private static final int NODES = 4;
  private static final int SENDS_PER_NODE = 10;

  private TestDatabase db;
  private final MutableClock clock = new MutableClock(InboxFixture.NOW);
  private final List<OutboxNode> nodes = new ArrayList<>();
  private final ExecutorService threads = Executors.newFixedThreadPool(NODES);
  private Caller bob;
  private Conversation conversation;

  @BeforeAll
  void setUp() throws Exception {
    db = TestDatabase.postgres();
    for (int i = 0; i < NODES; i++) {
      nodes.add(new OutboxNode(db, clock, new SandboxTextCarrier(), new SandboxEmailCarrier()));
    }
    InboxFixture f = nodes.get(0).fixture();
    var owner = f.user("bob", Role.USER);
    bob = InboxFixture.caller(owner);
    Contact contact = f.contact("Busy Contact", "+14155556000", null, owner);
    conversation = f.conversation(contact, Channel.SMS, InboxFixture.NOW);
  }

  @AfterAll
  void tearDown() throws Exception {
    threads.shutdownNow();
    for (OutboxNode node : nodes) {
      node.close();
    }
    db.close();
  }

  @Test
  void sendsIntoOneConversationFromSeveralNodesAllLand() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (OutboxNode node : nodes) {
      results.add(
          threads.submit(
              () -> {
                start.await();
                for (int i = 0; i < SENDS_PER_NODE; i++) {
                  node.sendText(
                      bob,
                      conversation.id(),
                      new SendText(
                          Channel.SMS,
                          "together " + i,
                          Optional.empty(),
                          "+14155556000",
                          Optional.empty(),
                          Optional.empty(),
                          Map.of()));
                }
                return SENDS_PER_NODE;
              }));
    }
    start.countDown();
    int sent = 0;
    for (Future<Integer> result : results) {
      sent += result.get(60, TimeUnit.SECONDS); // a deadlock surfaces here as an exception
    }
    assertEquals(NODES * SENDS_PER_NODE, sent);
    InboxFixture f = nodes.get(0).fixture();
    long stored =
        f.tx(
            em ->
                em.createQuery(
                        "SELECT COUNT(m) FROM Message m WHERE m.conversationId = :c", Long.class)
                    .setParameter("c", conversation.id())
                    .getSingleResult());
    assertEquals(NODES * SENDS_PER_NODE, stored);
  }
}
