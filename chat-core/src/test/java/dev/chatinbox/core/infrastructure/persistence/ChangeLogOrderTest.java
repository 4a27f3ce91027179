package dev.chatinbox.core.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatinbox.core.domain.change.ChangeType;
import dev.chatinbox.core.domain.change.InboxChange;
import dev.chatinbox.core.domain.change.LoggedChange;
import dev.chatinbox.core.support.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The change log's one promise, on PostgreSQL with two real transactions: numbers follow commit
 * order, so a reader that has seen N never later finds a change numbered below N — even when the
 * transaction that wrote first commits last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeLogOrderTest {
  private TestDatabase db;

  @BeforeAll
  void open() throws Exception {
    db = TestDatabase.postgres();
  }

  @AfterAll
  void close() throws Exception {
    db.close();
  }

  private static InboxChange change(UUID conversation) {
    return new InboxChange(
        ChangeType.CONVERSATION_UPDATE,
        Optional.of(conversation),
        UUID.randomUUID(),
        Optional.empty(),
        Instant.now());
  }

  private static int sequence(EntityManager em) {
    em.getTransaction().begin();
    int n = new JpaInboxChangeRepository(em).sequencePending(100);
    em.getTransaction().commit();
    return n;
  }

  @Test
  void aChangeCommittedLateIsNumberedAfterThoseCommittedBeforeIt() {
    EntityManager early = db.emf().createEntityManager();
    EntityManager late = db.emf().createEntityManager();
    EntityManager reader = db.emf().createEntityManager();
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();

    early.getTransaction().begin();
    new JpaInboxChangeRepository(early).append(change(first)); // inserted first, not committed
    late.getTransaction().begin();
    new JpaInboxChangeRepository(late).append(change(second));
    late.getTransaction().commit();

    assertEquals(1, sequence(reader), "only the committed change is numbered");
    List<LoggedChange> seen = new JpaInboxChangeRepository(reader).after(0, 10);
    assertEquals(
        List.of(second),
        seen.stream().map(c -> c.change().conversationId().orElseThrow()).toList());
    long position = seen.get(0).sequence();

    early.getTransaction().commit();
    assertEquals(1, sequence(reader));
    List<LoggedChange> next = new JpaInboxChangeRepository(reader).after(position, 10);
    assertEquals(
        List.of(first), next.stream().map(c -> c.change().conversationId().orElseThrow()).toList());
    assertEquals(position + 1, next.get(0).sequence(), "numbered after what was already read");
    assertEquals(0, sequence(reader), "nothing left to number");
    assertEquals(position + 1, new JpaInboxChangeRepository(reader).head());
    early.close();
    late.close();
    reader.close();
  }
}
