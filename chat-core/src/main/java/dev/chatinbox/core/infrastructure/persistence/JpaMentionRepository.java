package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.note.Mention;
import dev.chatinbox.core.domain.note.MentionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * {@link MentionRepository} in native SQL: a note's mentions are inserted with one statement in the
 * note's transaction; reads go through {@link SqlReads} (no entity, no transaction).
 */
@ApplicationScoped
public class JpaMentionRepository implements MentionRepository {
  private EntityManager em;
  private NativeRows reads;

  protected JpaMentionRepository() {}

  @Inject
  public JpaMentionRepository(EntityManager em, SqlReads reads) {
    this.em = em;
    this.reads = reads;
  }

  @Override
  public void storeAll(List<Mention> mentions) {
    if (mentions.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO mentions (id, message_id, conversation_id, user_id, mentioned_by,"
                + " created_at) VALUES ");
    for (int i = 0; i < mentions.size(); i++) {
      int p = i * 6;
      sql.append(i == 0 ? "" : ", ").append('(');
      for (int k = 1; k <= 6; k++) {
        sql.append(k == 1 ? "" : ", ").append('?').append(p + k);
      }
      sql.append(')');
    }
    Query insert = em.createNativeQuery(sql.toString());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      int p = i * 6;
      insert
          .setParameter(p + 1, m.id())
          .setParameter(p + 2, m.messageId())
          .setParameter(p + 3, m.conversationId())
          .setParameter(p + 4, m.userId())
          .setParameter(p + 5, m.mentionedBy())
          .setParameter(p + 6, m.createdAt().atOffset(ZoneOffset.UTC));
    }
    insert.executeUpdate();
  }

  @Override
  public boolean markRead(UUID userId, UUID mentionId, Instant now) {
    int changed =
        em.createNativeQuery(
                "UPDATE mentions SET read_at = COALESCE(read_at, ?1) WHERE id = ?2 AND user_id = ?3")
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .setParameter(2, mentionId)
            .setParameter(3, userId)
            .executeUpdate();
    return changed > 0;
  }

  @Override
  public List<Mention> ofUserInNotes(UUID userId, Collection<UUID> messageIds) {
    if (messageIds.isEmpty()) {
      return List.of();
    }
    List<Object> values = new ArrayList<>(messageIds.size() + 1);
    values.add(userId);
    values.addAll(messageIds);
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < messageIds.size(); i++) {
      in.append(i == 0 ? "" : ", ").append('?').append(i + 2);
    }
    List<Object[]> rows =
        reads.rows(
            "SELECT id, message_id, conversation_id, user_id, mentioned_by, created_at"
                + " FROM mentions WHERE user_id = ?1 AND message_id IN ("
                + in
                + ")",
            Collections.unmodifiableList(values));
    List<Mention> found = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      found.add(mention(r));
    }
    return found;
  }

  static Mention mention(Object[] r) {
    UUID by = NativeValues.uuid(r[4]);
    return new Mention(
        NativeValues.uuid(r[0]),
        NativeValues.uuid(r[1]),
        NativeValues.uuid(r[2]),
        NativeValues.uuid(r[3]),
        by == null ? new UUID(0, 0) : by,
        NativeValues.instant(r[5]));
  }
}
