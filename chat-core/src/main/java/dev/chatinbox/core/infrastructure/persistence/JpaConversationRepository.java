package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationCriteria;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Conversations as entities, for the use cases that change them, and the search. The list is a read
 * model: {@link SqlConversationCards}.
 */
@ApplicationScoped
public class JpaConversationRepository implements ConversationRepository {
  private EntityManager em;
  private volatile DatabaseDialect dialect;

  protected JpaConversationRepository() {}

  @Inject
  public JpaConversationRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<Conversation> findAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT c FROM Conversation c WHERE c.id IN :ids", Conversation.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public Optional<Conversation> lock(UUID id) {
    return Optional.ofNullable(em.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Conversation> lockVisible(UUID id, Visibility visibility) {
    SqlWhere where = new SqlWhere().and("c.id = ?", id);
    ContactConditions.visibleConversation(where, visibility);
    Query query =
        em.createNativeQuery(
            "SELECT c.* FROM conversations c" + where.render() + " FOR UPDATE", Conversation.class);
    where.bind(query);
    return single(query);
  }

  @Override
  public Optional<Conversation> find(UUID id, Visibility visibility) {
    SqlWhere where = new SqlWhere().and("c.id = ?", id);
    ContactConditions.visible(where, visibility);
    String join =
        visibility.restrictedTo().isPresent() ? " JOIN contacts ct ON ct.id = c.contact_id" : "";
    Query query =
        em.createNativeQuery(
            "SELECT c.* FROM conversations c" + join + where.render(), Conversation.class);
    where.bind(query);
    return single(query);
  }

  @Override
  public List<Conversation> ofContact(UUID contactId) {
    return em.createQuery(
            "SELECT c FROM Conversation c WHERE c.contactId = :contact ORDER BY c.channel",
            Conversation.class)
        .setParameter("contact", contactId)
        .getResultList();
  }

  @Override
  public Optional<Conversation> findByContactAndChannel(UUID contactId, Channel channel) {
    return em
        .createQuery(
            "SELECT c FROM Conversation c WHERE c.contactId = :contact AND c.channel = :channel",
            Conversation.class)
        .setParameter("contact", contactId)
        .setParameter("channel", channel)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * On PostgreSQL see {@link PostgresConversationSearch}: contact data, the newest {@value
   * ConversationRepository#NEWEST_MESSAGE_MATCHES} matching messages and misspelt names, ranked,
   * under {@code timeLimit}. On the embedded database: substring of contact data or of any message,
   * contact matches first, most recent first (no time limit).
   */
  @Override
  public List<Conversation> search(
      ConversationCriteria criteria, Visibility visibility, int limit, Duration timeLimit) {
    String text =
        criteria.search().orElseThrow(() -> new IllegalArgumentException("search text required"));
    SqlWhere where = new SqlWhere();
    ConversationConditions.filters(where, criteria);
    ContactConditions.visible(where, visibility);
    List<String> patterns = ContactConditions.likePatterns(text);
    int like = where.size() + 1; // patterns: like, like + 1 (digits of a phone fragment)
    int q = like + patterns.size();
    int max = q + 1;
    StringBuilder contactMatch = new StringBuilder();
    for (int i = 0; i < patterns.size(); i++) {
      contactMatch
          .append(i == 0 ? "" : " OR ")
          .append("ct.search_text LIKE ?")
          .append(like + i)
          .append(SqlLike.ESCAPE_CLAUSE);
    }
    boolean postgres = dialect() == DatabaseDialect.POSTGRESQL;
    String sql =
        postgres
            ? PostgresConversationSearch.statement(where.render(), contactMatch.toString(), q, max)
            : "SELECT c.* FROM conversations c JOIN contacts ct ON ct.id = c.contact_id"
                + and(
                    where.render(),
                    "("
                        + contactMatch
                        + " OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id"
                        + " AND LOWER(m.body) LIKE ?"
                        + like
                        + SqlLike.ESCAPE_CLAUSE
                        + "))")
                + " ORDER BY CASE WHEN "
                + contactMatch
                + " THEN 0 ELSE 1 END, c.sort_at DESC, c.id DESC"
                + " LIMIT ?"
                + max;
    Query query = em.createNativeQuery(sql, Conversation.class);
    where.bind(query);
    for (int i = 0; i < patterns.size(); i++) {
      query.setParameter(like + i, patterns.get(i));
    }
    query.setParameter(q, text.toLowerCase(java.util.Locale.ROOT));
    query.setParameter(max, limit);
    return postgres ? TimeLimitedSearch.run(em, timeLimit, () -> rows(query)) : rows(query);
  }

  private static String and(String renderedWhere, String condition) {
    return renderedWhere.isEmpty() ? " WHERE " + condition : renderedWhere + " AND " + condition;
  }

  private DatabaseDialect dialect() {
    DatabaseDialect known = dialect;
    if (known == null) {
      known = DatabaseDialect.of(em);
      dialect = known;
    }
    return known;
  }

  @Override
  public void store(Conversation conversation) {
    if (!em.contains(conversation)) {
      em.persist(conversation); // loaded conversations are managed: changes flush at commit
    }
  }

  @Override
  public void delete(Conversation conversation) {
    Conversation managed = em.contains(conversation) ? conversation : em.merge(conversation);
    em.remove(managed);
  }

  private static Optional<Conversation> single(Query query) {
    return rows(query).stream().findFirst();
  }

  @SuppressWarnings("unchecked")
  private static List<Conversation> rows(Query query) {
    return query.getResultList();
  }
}
