package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.contact.PhoneNumbers;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationCriteria;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.conversation.ConversationSort;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Conversations in SQL written for the indexes of V1: the list walks {@code (sort_at, id)} (per
 * channel, or the partial unread/starred indexes) in keyset order and stops after one page;
 * visibility and search join the contact only when needed.
 */
@ApplicationScoped
public class JpaConversationRepository implements ConversationRepository {
  private static final Pattern PHONE_LIKE = Pattern.compile("[0-9+()\\s.\\-]+");
  private static final int MIN_PHONE_DIGITS = 3;
  private static final String VISIBLE_TO_USER =
      "ct.owner_id = ? OR ct.owner_id IS NULL OR EXISTS "
          + "(SELECT 1 FROM contact_followers f WHERE f.contact_id = ct.id AND f.user_id = ?)";

  private EntityManager em;

  protected JpaConversationRepository() {}

  @Inject
  public JpaConversationRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Conversation> find(UUID id, Visibility visibility) {
    SqlWhere where = new SqlWhere().and("c.id = ?", id);
    visibility.restrictedTo().ifPresent(user -> where.and(VISIBLE_TO_USER, user, user));
    String join =
        visibility.restrictedTo().isPresent() ? " JOIN contacts ct ON ct.id = c.contact_id" : "";
    Query query =
        em.createNativeQuery(
            "SELECT c.* FROM conversations c" + join + where.render(), Conversation.class);
    where.bind(query);
    return single(query);
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

  @Override
  public Page<Conversation> list(
      ConversationCriteria criteria, Visibility visibility, PageRequest page) {
    SqlWhere where = new SqlWhere();
    criteria.channel().ifPresent(ch -> where.and("c.channel = ?", ch.wireName()));
    switch (criteria.filter()) {
      case UNREAD -> where.and("c.unread_count > 0");
      case STARRED -> where.and("c.is_starred = TRUE");
      case RECENTS -> where.and("c.sort_at >= ?", criteria.recentSince());
      case ALL -> {}
    }
    visibility.restrictedTo().ifPresent(user -> where.and(VISIBLE_TO_USER, user, user));
    criteria.search().ifPresent(text -> searchCondition(where, text));
    boolean joinContact = visibility.restrictedTo().isPresent() || criteria.search().isPresent();
    String from =
        " FROM conversations c" + (joinContact ? " JOIN contacts ct ON ct.id = c.contact_id" : "");
    String clause = where.render();

    String direction = criteria.sort() == ConversationSort.OLDEST ? "ASC" : "DESC";
    int limitParam = where.size() + 1;
    Query pageQuery =
        em.createNativeQuery(
            "SELECT c.*"
                + from
                + clause
                + " ORDER BY c.sort_at "
                + direction
                + ", c.id "
                + direction
                + " LIMIT ?"
                + limitParam
                + " OFFSET ?"
                + (limitParam + 1),
            Conversation.class);
    where.bind(pageQuery);
    pageQuery.setParameter(limitParam, page.pageSize());
    pageQuery.setParameter(limitParam + 1, page.offset());
    @SuppressWarnings("unchecked")
    List<Conversation> rows = pageQuery.getResultList();

    long total;
    if (page.page() == 1 && rows.size() < page.pageSize()) {
      total = rows.size(); // the whole result fits on the first page: no count query needed
    } else {
      Query count = em.createNativeQuery("SELECT COUNT(*)" + from + clause);
      where.bind(count);
      total = ((Number) count.getSingleResult()).longValue();
    }
    return new Page<>(rows, total, page);
  }

  /**
   * Contact name, username, emails or phones contain the text (and the digits of a phone fragment).
   */
  private static void searchCondition(SqlWhere where, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String digits = PhoneNumbers.digits(text);
    if (PHONE_LIKE.matcher(text).matches()
        && digits.length() >= MIN_PHONE_DIGITS
        && !digits.equals(lower)) {
      where.and(
          "ct.search_text LIKE ?"
              + SqlLike.ESCAPE_CLAUSE
              + " OR ct.search_text LIKE ?"
              + SqlLike.ESCAPE_CLAUSE,
          SqlLike.containing(lower),
          SqlLike.containing(digits));
    } else {
      where.and("ct.search_text LIKE ?" + SqlLike.ESCAPE_CLAUSE, SqlLike.containing(lower));
    }
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

  @SuppressWarnings("unchecked")
  private static Optional<Conversation> single(Query query) {
    List<Conversation> rows = query.getResultList();
    return rows.stream().findFirst();
  }
}
