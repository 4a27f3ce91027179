package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.application.conversation.ConversationSearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The backfill of {@code conversation_search} (V10) on a database that held conversations when V10
 * ran; V10 left a row in {@code conversation_search_backfill} then. Two phases, each a batch per
 * transaction, resumable after a restart:
 *
 * <ol>
 *   <li><b>contacts</b>: a row with the contact's words for every conversation, {@value
 *       #CONTACT_BATCH} conversations a batch in id order (the list's {@code ?search=} is complete
 *       after it: seconds even for a million conversations);
 *   <li><b>messages</b>: the words of all messages of {@value #MESSAGE_BATCH} incomplete rows a
 *       batch, added to what the triggers wrote since the upgrade (a message written meanwhile may
 *       then count twice, which changes nothing in a match).
 * </ol>
 *
 * <p>Only plain row locks are taken (never a table lock): sends and webhooks go on meanwhile. One
 * node works at a time ({@code FOR UPDATE SKIP LOCKED} on the state row). On the embedded database
 * there is nothing to do.
 */
@ApplicationScoped
public class SqlConversationSearchIndex implements ConversationSearchIndex {
  private static final Logger LOG = Logger.getLogger(SqlConversationSearchIndex.class.getName());

  static final int CONTACT_BATCH = 5000;
  static final int MESSAGE_BATCH = 200;
  private static final UUID FIRST = new UUID(0, 0);

  private static final String CONTACTS =
      """
      WITH batch AS (SELECT c.id, c.contact_id, c.sort_at FROM conversations c WHERE c.id > ?
                     ORDER BY c.id LIMIT %d),
      added AS (INSERT INTO conversation_search (conversation_id, contact_words, complete, sort_at)
                SELECT b.id, chat_contact_words(ct.search_text), FALSE, b.sort_at
                FROM batch b JOIN contacts ct ON ct.id = b.contact_id
                ON CONFLICT (conversation_id) DO NOTHING)
      SELECT CAST(max(CAST(id AS TEXT)) AS TEXT), count(*) FROM batch"""
          .formatted(CONTACT_BATCH);

  private static final String MESSAGES =
      """
      WITH batch AS (SELECT conversation_id FROM conversation_search WHERE NOT complete
                     LIMIT %d),
      words AS (SELECT b.conversation_id,
                       chat_search_words('public.chat_search', coalesce(string_agg(m.body, ' '), '')) AS w
                FROM batch b LEFT JOIN messages m ON m.conversation_id = b.conversation_id
                GROUP BY b.conversation_id),
      done AS (UPDATE conversation_search s SET message_words = chat_search_add(words.w, s.message_words),
                      complete = TRUE
               FROM words WHERE s.conversation_id = words.conversation_id AND NOT s.complete)
      SELECT count(*) FROM batch"""
          .formatted(MESSAGE_BATCH);

  private DataSource dataSource;
  private SqlReads reads;
  private long batches;
  private long started;

  protected SqlConversationSearchIndex() {}

  @Inject
  public SqlConversationSearchIndex(DataSource dataSource, SqlReads reads) {
    this.dataSource = dataSource;
    this.reads = reads;
  }

  @Override
  public synchronized boolean backfillBatch() {
    if (reads.dialect() != DatabaseDialect.POSTGRESQL) {
      return false;
    }
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        boolean more = batch(c);
        c.commit();
        return more;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new PersistenceException("search index backfill failed: " + e.getMessage(), e);
    }
  }

  private boolean batch(Connection c) throws SQLException {
    String phase;
    UUID after;
    try (PreparedStatement st =
            c.prepareStatement(
                "SELECT phase, after_id FROM conversation_search_backfill WHERE id = 1"
                    + " FOR UPDATE SKIP LOCKED");
        ResultSet rs = st.executeQuery()) {
      if (!rs.next()) {
        return false; // done, never needed, or another node is on it
      }
      phase = rs.getString(1);
      after = rs.getObject(2, UUID.class);
    }
    if (batches++ == 0) {
      started = System.nanoTime();
      LOG.info("Search index backfill: starting (phase " + phase + ")");
    }
    if (phase.equals("contacts")) {
      try (PreparedStatement st = c.prepareStatement(CONTACTS)) {
        st.setObject(1, after == null ? FIRST : after);
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          long count = rs.getLong(2);
          if (count < CONTACT_BATCH) {
            update(
                c, "UPDATE conversation_search_backfill SET phase = 'messages', after_id = NULL");
            LOG.info(
                () ->
                    "Search index backfill: contact words of every conversation added after "
                        + seconds()
                        + " s; now the words of their messages");
          } else {
            try (PreparedStatement next =
                c.prepareStatement("UPDATE conversation_search_backfill SET after_id = ?")) {
              next.setObject(1, UUID.fromString(rs.getString(1)));
              next.executeUpdate();
            }
          }
        }
      }
      return true;
    }
    long count;
    try (PreparedStatement st = c.prepareStatement(MESSAGES);
        ResultSet rs = st.executeQuery()) {
      rs.next();
      count = rs.getLong(1);
    }
    if (count == 0) {
      update(c, "DELETE FROM conversation_search_backfill");
      LOG.info(() -> "Search index backfill: done after " + seconds() + " s");
      return false;
    }
    if (batches % 100 == 0) {
      long left = left(c);
      LOG.log(
          Level.INFO,
          "Search index backfill: {0} conversations still without the words of their messages"
              + " ({1} s so far)",
          new Object[] {left, seconds()});
    }
    return true;
  }

  private static long left(Connection c) throws SQLException {
    try (PreparedStatement st =
            c.prepareStatement("SELECT count(*) FROM conversation_search WHERE NOT complete");
        ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void update(Connection c, String sql) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.executeUpdate();
    }
  }

  private long seconds() {
    return (System.nanoTime() - started) / 1_000_000_000L;
  }
}
