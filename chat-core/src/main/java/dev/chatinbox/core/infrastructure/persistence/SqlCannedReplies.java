package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.application.canned.CannedReplyReads;
import dev.chatinbox.core.application.view.CannedReplyView;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link CannedReplyReads} by JDBC ({@link SqlReads}): one statement per page (one row beyond it)
 * or per reply, rows read straight into views. The replies a user may use are the shared ones and
 * their own (uq_canned_replies_scope_code serves both scopes; a short-code prefix uses
 * ix_canned_replies_code_prefix on PostgreSQL).
 */
@ApplicationScoped
public class SqlCannedReplies implements CannedReplyReads {
  private static final String COLUMNS =
      "SELECT r.id, r.short_code, r.title, r.body, r.owner_id, r.created_at, r.updated_at";

  private SqlReads sql;
  private PageTotals totals;

  protected SqlCannedReplies() {}

  @Inject
  public SqlCannedReplies(SqlReads sql, PageTotals totals) {
    this.sql = sql;
    this.totals = totals;
  }

  @Override
  public Page<CannedReplyView> page(UUID userId, Optional<String> prefix, PageRequest page) {
    SqlWhere where = usableBy(new SqlWhere(), userId);
    prefix.ifPresent(
        p -> where.and("r.short_code LIKE ?" + SqlLike.ESCAPE_CLAUSE, SqlLike.startingWith(p)));
    return NativePages.page(
        sql,
        totals,
        new NativePages.ListQuery<>(
            NativePages.mapped(sql, SqlCannedReplies::view),
            COLUMNS,
            " FROM canned_replies r",
            where,
            // a personal reply before a shared one of the same code: it is the one its owner meant
            " ORDER BY r.short_code, r.owner_id NULLS LAST, r.id"),
        page);
  }

  @Override
  public Optional<CannedReplyView> usable(UUID id, UUID userId) {
    SqlWhere where = usableBy(new SqlWhere().and("r.id = ?", id), userId);
    return sql.rows(COLUMNS + " FROM canned_replies r" + where.render(), where.values()).stream()
        .findFirst()
        .map(SqlCannedReplies::view);
  }

  private static SqlWhere usableBy(SqlWhere where, UUID userId) {
    return where.and("r.scope_id IN (?, ?)", userId, new UUID(0, 0));
  }

  private static CannedReplyView view(Object[] r) {
    return new CannedReplyView(
        NativeValues.uuid(r[0]),
        NativeValues.text(r[1]),
        NativeValues.text(r[2]),
        NativeValues.text(r[3]),
        Optional.ofNullable(NativeValues.uuid(r[4])),
        NativeValues.instant(r[5]),
        NativeValues.instant(r[6]));
  }
}
