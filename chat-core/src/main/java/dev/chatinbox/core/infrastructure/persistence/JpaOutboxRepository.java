package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.outbox.OutboxEntry;
import dev.chatinbox.core.domain.outbox.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The outbox; claiming uses {@code FOR UPDATE SKIP LOCKED} so that nodes never share an entry. */
@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {
  private EntityManager em;

  protected JpaOutboxRepository() {}

  @Inject
  public JpaOutboxRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void store(OutboxEntry entry) {
    if (!em.contains(entry)) {
      em.persist(entry);
    }
  }

  @Override
  public Optional<OutboxEntry> find(UUID messageId) {
    return Optional.ofNullable(em.find(OutboxEntry.class, messageId));
  }

  @Override
  public void remove(OutboxEntry entry) {
    em.remove(em.contains(entry) ? entry : em.merge(entry));
  }

  @Override
  public boolean removeUnclaimed(UUID messageId) {
    return em.createNativeQuery(
                "DELETE FROM outbox WHERE message_id = ?1 AND state = 'pending' AND attempts = 0")
            .setParameter(1, messageId)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean startClaimedAttempt(
      UUID messageId, Instant claimedUntil, Instant now, Duration lease) {
    return em.createNativeQuery(
                "UPDATE outbox SET state = 'in_flight', attempts = attempts + 1, attempted_at = ?1,"
                    + " locked_until = ?2 WHERE message_id = ?3 AND state = 'pending'"
                    + " AND next_attempt_at = ?4")
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .setParameter(2, now.plus(lease).atOffset(ZoneOffset.UTC))
            .setParameter(3, messageId)
            .setParameter(4, claimedUntil.atOffset(ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }

  @Override
  public List<OutboxEntry> lockDue(Instant now, int limit) {
    Query query =
        em.createNativeQuery(
            "SELECT o.* FROM outbox o WHERE (o.state = 'pending' AND o.next_attempt_at <= ?1)"
                + " OR (o.state = 'in_flight' AND o.locked_until < ?1)"
                + " ORDER BY o.next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED",
            OutboxEntry.class);
    query.setParameter(1, now.atOffset(ZoneOffset.UTC));
    query.setParameter(2, limit);
    @SuppressWarnings("unchecked")
    List<OutboxEntry> rows = query.getResultList();
    return rows;
  }
}
