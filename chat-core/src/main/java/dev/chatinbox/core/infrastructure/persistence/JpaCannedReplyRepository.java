package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.canned.CannedReply;
import dev.chatinbox.core.domain.canned.CannedReplyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link CannedReplyRepository} with JPA: the entity for writes, native SQL for the checks. */
@ApplicationScoped
public class JpaCannedReplyRepository implements CannedReplyRepository {
  private EntityManager em;

  protected JpaCannedReplyRepository() {}

  @Inject
  public JpaCannedReplyRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<CannedReply> findUsable(UUID id, UUID userId) {
    @SuppressWarnings("unchecked")
    List<CannedReply> rows =
        em.createNativeQuery(
                "SELECT * FROM canned_replies WHERE id = ?1 AND (owner_id IS NULL OR owner_id = ?2)",
                CannedReply.class)
            .setParameter(1, id)
            .setParameter(2, userId)
            .getResultList();
    return rows.stream().findFirst();
  }

  @Override
  public boolean shortCodeTaken(UUID scopeId, String shortCode, Optional<UUID> except) {
    return !em.createNativeQuery(
            "SELECT 1 FROM canned_replies WHERE scope_id = ?1 AND short_code = ?2 AND id <> ?3")
        .setParameter(1, scopeId)
        .setParameter(2, shortCode)
        .setParameter(3, except.orElse(new UUID(0, 0)))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void store(CannedReply reply) {
    if (!em.contains(reply)) {
      em.persist(reply);
    }
    try {
      em.flush(); // uq_canned_replies_scope_code: a concurrent writer took the code since the check
    } catch (PersistenceException e) {
      throw CannedReply.shortCodeTaken(reply.shortCode());
    }
  }

  @Override
  public void delete(CannedReply reply) {
    em.remove(reply);
  }
}
