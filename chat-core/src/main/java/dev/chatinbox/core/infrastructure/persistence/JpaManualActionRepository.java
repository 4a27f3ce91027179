package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.action.ManualAction;
import dev.chatinbox.core.domain.action.ManualActionRepository;
import dev.chatinbox.core.domain.action.ManualActionStatus;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Manual actions. A restricted reader sees the actions of conversations whose contact they own,
 * follow or nobody owns (the conversation rule, applied through the conversation's contact). The
 * list walks {@code (created_at DESC, id DESC)}, per status when one is asked for (V1/V3 indexes).
 */
@ApplicationScoped
public class JpaManualActionRepository implements ManualActionRepository {
  private static final String VISIBLE_JOIN =
      " JOIN conversations c ON c.id = a.conversation_id JOIN contacts ct ON ct.id = c.contact_id";

  private EntityManager em;
  private PageTotals totals;

  protected JpaManualActionRepository() {}

  @Inject
  public JpaManualActionRepository(EntityManager em, PageTotals totals) {
    this.em = em;
    this.totals = totals;
  }

  @Override
  public Optional<ManualAction> find(UUID id, Visibility visibility) {
    SqlWhere where = new SqlWhere().and("a.id = ?", id);
    ContactConditions.visibleConversationRow(where, visibility);
    Query query =
        em.createNativeQuery(
            "SELECT a.* FROM manual_actions a" + join(visibility) + where.render(),
            ManualAction.class);
    where.bind(query);
    @SuppressWarnings("unchecked")
    List<ManualAction> rows = query.getResultList();
    return rows.stream().findFirst();
  }

  @Override
  public Page<ManualAction> list(
      Optional<ManualActionStatus> status, Visibility visibility, PageRequest page) {
    SqlWhere where = new SqlWhere();
    status.ifPresent(s -> where.and("a.status = ?", s.wireName()));
    ContactConditions.visibleConversationRow(where, visibility);
    String from = " FROM manual_actions a" + join(visibility);
    return NativePages.page(
        NativeRows.of(em),
        totals,
        new NativePages.ListQuery<>(
            NativePages.entities(em, ManualAction.class),
            "SELECT a.*",
            from,
            where,
            " ORDER BY a.created_at DESC, a.id DESC"),
        page);
  }

  @Override
  public void store(ManualAction action) {
    if (!em.contains(action)) {
      em.persist(action); // loaded actions are managed: changes flush at commit
    }
  }

  private static String join(Visibility visibility) {
    return visibility.restrictedTo().isPresent() ? VISIBLE_JOIN : "";
  }
}
