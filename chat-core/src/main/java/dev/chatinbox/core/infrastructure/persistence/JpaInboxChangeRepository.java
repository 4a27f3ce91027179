package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.change.InboxChange;
import dev.chatinbox.core.domain.change.InboxChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The change log in table {@code change_log}. Appended with plain SQL in the caller's transaction:
 * the sequence is the table's identity, which EclipseLink cannot read back on H2 2.x (it calls the
 * removed {@code IDENTITY()} function) and which nobody needs before commit anyway.
 */
@ApplicationScoped
public class JpaInboxChangeRepository implements InboxChangeRepository {
  private EntityManager em;

  protected JpaInboxChangeRepository() {}

  @Inject
  public JpaInboxChangeRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void append(InboxChange change) {
    em.createNativeQuery(
            "INSERT INTO change_log (event_type, conversation_id, message_id, occurred_at)"
                + " VALUES (?1, ?2, CAST(?3 AS UUID), ?4)")
        .setParameter(1, change.type().wireName())
        .setParameter(2, change.conversationId())
        .setParameter(3, change.messageId().map(UUID::toString).orElse(null))
        .setParameter(4, change.occurredAt().atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}
