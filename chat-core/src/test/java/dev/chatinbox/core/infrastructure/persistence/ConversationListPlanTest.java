package dev.chatinbox.core.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.application.conversation.ConversationCards.ConversationCard;
import dev.chatinbox.core.domain.conversation.ConversationCriteria;
import dev.chatinbox.core.domain.conversation.ConversationCursor;
import dev.chatinbox.core.domain.conversation.ConversationFilter;
import dev.chatinbox.core.domain.conversation.ConversationSort;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import dev.chatinbox.core.support.RecordingDataSource;
import dev.chatinbox.core.support.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * EXPLAIN of the conversation list on 100,000 PostgreSQL conversations: every filter, order, deep
 * page and the USER visibility join walk a {@code (sort_at, id)} index in keyset order and stop
 * after the page; none sorts or sequentially scans {@code conversations}.
 *
 * <p>The SQL explained is exactly what {@link JpaConversationRepository#list} sends: the test runs
 * list() and captures the statement from EclipseLink, then substitutes the bound values as
 * literals. The data is seeded set-based (generate_series), then {@code VACUUM ANALYZE}d with the
 * default statistics settings. Each plan is printed to stdout.
 *
 * <p>One case is not a fixed plan: <b>search</b> (the words of {@code conversation_search}, V10:
 * "garc" as a prefix, 0.3% of contacts here, like Garcia among US surnames). The planner reads the
 * contact words' GIN index and the conversations of its matches, or walks {@code
 * ix_conversations_sort} checking each conversation's words by key, as the words' statistics
 * suggest; production runs it with hash and merge joins off, so neither scans a table, which is
 * what the search case asserts.
 *
 * <p>No case here is legitimately a sequential scan: the USER visibility OR is applied per contact
 * while walking the sort index, because half the contacts are unowned and so most rows qualify.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationListPlanTest {
  private static final int CONVERSATIONS = 100_000;
  private static final String[] SEED = {
    "SELECT setseed(0.42)",
    """
    INSERT INTO users (id, subject, username, name, email, created_at, updated_at)
    SELECT md5('user' || u)::uuid, 'subject-' || u, 'user' || u, 'User ' || u, 'user' || u || '@team.test',
           now() - interval '2 years', now() - interval '2 years'
    FROM generate_series(1, 20) u
    """,
    // a contact per conversation; Garcia is one surname in 300, the others are made of syllables
    // without 'garc'; half the contacts are owned by one of the 20 users, half are nobody's
    """
    INSERT INTO contacts (id, full_name, primary_email, primary_phone, owner_id, search_text, created_at, updated_at)
    SELECT id, full_name, email, phone, owner_id,
           lower(full_name) || ' ' || email || ' ' || phone || ' ' || substr(phone, 2), created_at, created_at
    FROM (
      SELECT md5('contact' || i)::uuid AS id,
             f || ' ' || l AS full_name,
             lower(f || '.' || l) || i || '@example.com' AS email,
             '+1' || (2000000000 + i) AS phone,
             CASE WHEN o < 0.5 THEN md5('user' || (1 + floor(o * 40)::int))::uuid END AS owner_id,
             now() - interval '400 days' + random() * interval '30 days' AS created_at
      FROM (
        SELECT i, random() AS o,
               (ARRAY['James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William',
                      'Elizabeth', 'David', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah',
                      'Charles', 'Karen', 'Daniel', 'Nancy', 'Matthew', 'Lisa', 'Anthony', 'Betty', 'Mark', 'Sandra',
                      'Donald', 'Ashley', 'Steven', 'Kimberly', 'Paul', 'Emily', 'Andrew', 'Donna', 'Joshua',
                      'Michelle', 'Kenneth', 'Carol'])[1 + floor(random() * 40)::int] AS f,
               CASE WHEN random() < 1.0 / 300 THEN 'Garcia'
                    ELSE (ARRAY['Ander', 'Bel', 'Cole', 'Dun', 'Ell', 'Fair', 'Hol', 'Ing', 'Kend', 'Lind', 'Mor',
                                'North', 'Pen', 'Ross', 'Stan', 'Thorn', 'Wal', 'West', 'Whit', 'York'])[1 + floor(random() * 20)::int]
                         || (ARRAY['son', 'ford', 'ton', 'ley', 'wood', 'field', 'man', 'well', 'by', 'ham', 'hurst',
                                   'ridge', 'stone', 'worth', 'ers'])[1 + floor(random() * 15)::int]
               END AS l
        FROM generate_series(1, %d) i
      ) names
    ) c
    """
        .formatted(CONVERSATIONS),
    // channel uniform, 5% unread, 2% starred, last activity spread over the last year
    """
    INSERT INTO conversations (id, contact_id, channel, unread_count, is_starred, last_message_at, sort_at,
                               created_at, updated_at)
    SELECT md5('conversation' || i)::uuid, md5('contact' || i)::uuid,
           (ARRAY['SMS', 'WhatsApp', 'Email'])[1 + floor(random() * 3)::int],
           CASE WHEN random() < 0.05 THEN 1 + floor(random() * 5)::int ELSE 0 END,
           random() < 0.02,
           sort_at, sort_at, sort_at - random() * interval '30 days', sort_at
    FROM (SELECT i, now() - random() * interval '365 days' AS sort_at FROM generate_series(1, %d) i) s
    """
        .formatted(CONVERSATIONS),
    """
    INSERT INTO contact_followers (contact_id, user_id, created_at)
    SELECT id, md5('user' || (1 + floor(random() * 20)::int))::uuid, now() FROM contacts WHERE random() < 0.02
    """,
    "VACUUM (ANALYZE) users",
    "VACUUM (ANALYZE) contacts",
    "VACUUM (ANALYZE) conversations",
    "VACUUM (ANALYZE) contact_followers"
  };

  private static final PageRequest FIRST = new PageRequest(1, 50);

  private TestDatabase db;
  private Connection jdbc;

  /** The columns of a conversation card. */
  /** The list's columns, with the workflow's (#18: status, assignee and team names). */
  private static final String COLUMNS = SqlConversationCards.CONVERSATION_COLUMNS;

  private EntityManager em;
  private RecordingDataSource recording;
  private SqlConversationCards repository;
  private UUID user;

  /** What list() sent and how PostgreSQL plans it. */
  private record Explained(String sql, String plan, Page<ConversationCard> page) {}

  @BeforeAll
  void seed() throws SQLException {
    db = TestDatabase.postgres();
    jdbc = db.connect();
    long start = System.nanoTime();
    try (Statement st = jdbc.createStatement()) {
      for (String sql : SEED) {
        st.execute(sql);
      }
    }
    System.out.printf(
        "ConversationListPlanTest: seeded %,d conversations in %d ms%n",
        CONVERSATIONS, Duration.ofNanos(System.nanoTime() - start).toMillis());
    try (Statement st = jdbc.createStatement();
        ResultSet rs = st.executeQuery("SELECT md5('user3')::uuid")) {
      rs.next();
      user = rs.getObject(1, UUID.class);
    }
    em = db.emf().createEntityManager();
    recording = new RecordingDataSource(db.dataSource());
    repository = new SqlConversationCards(new SqlReads(em, recording), new PageTotals(1000, 0));
  }

  @AfterAll
  void drop() throws SQLException {
    if (em != null) {
      em.close();
    }
    if (jdbc != null) {
      jdbc.close();
    }
    if (db != null) {
      db.close();
    }
  }

  /** EXPLAINs the first page of 50, newest first, as ADMIN (no visibility restriction) sees it. */
  private Explained explain(String title, ConversationFilter filter, Channel channel)
      throws SQLException {
    return explain(
        title, filter, channel, null, ConversationSort.LATEST, Visibility.everything(), FIRST);
  }

  /**
   * Runs list(), then EXPLAINs the page statement it sent with its values written in as literals.
   */
  private Explained explain(
      String title,
      ConversationFilter filter,
      Channel channel,
      String search,
      ConversationSort sort,
      Visibility visibility,
      PageRequest page)
      throws SQLException {
    return explain(title, filter, channel, search, sort, visibility, page, Optional.empty());
  }

  private Explained explain(
      String title,
      ConversationFilter filter,
      Channel channel,
      String search,
      ConversationSort sort,
      Visibility visibility,
      PageRequest page,
      Optional<ConversationCursor> after)
      throws SQLException {
    ConversationCriteria criteria =
        new ConversationCriteria(
            filter,
            Optional.ofNullable(channel),
            Optional.ofNullable(search),
            sort,
            Instant.now().minus(Duration.ofDays(30)),
            after);
    recording.clear();
    Page<ConversationCard> result = repository.page(criteria, visibility, page);
    RecordingDataSource.Executed call =
        recording.executed().stream()
            .filter(c -> c.sql().startsWith(COLUMNS))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("page() sent no page query: " + recording.executed()));
    String sql = inline(call.sql(), call.values());
    StringBuilder plan = new StringBuilder();
    try (Statement st = jdbc.createStatement();
        ResultSet rs = st.executeQuery("EXPLAIN (FORMAT TEXT) " + sql)) {
      while (rs.next()) {
        plan.append(rs.getString(1)).append('\n');
      }
    }
    System.out.println("\n=== " + title + " ===\n" + sql + "\n" + plan);
    assertEquals(page.pageSize(), result.items().size(), "a full page of rows");
    return new Explained(sql, plan.toString(), result);
  }

  /**
   * {@code sql} with each {@code ?} outside string literals replaced by its value as an SQL
   * literal.
   */
  private static String inline(String sql, List<Object> values) {
    StringBuilder out = new StringBuilder(sql.length() + 64);
    int next = 0;
    boolean inString = false;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        inString = !inString;
      }
      if (c == '?' && !inString) {
        out.append(literal(values.get(next++)));
      } else {
        out.append(c);
      }
    }
    assertEquals(values.size(), next, "one value per placeholder in " + sql);
    return out.toString();
  }

  private static String literal(Object value) {
    if (value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof String || value instanceof UUID || value instanceof OffsetDateTime) {
      return "'" + value.toString().replace("'", "''") + "'";
    }
    throw new IllegalArgumentException(
        "no literal for " + (value == null ? "null" : value.getClass()));
  }

  /** The plan walks {@code index} on conversations in order: no sort, no sequential scan. */
  private static void assertKeysetWalk(Explained explained, String index) {
    String plan = explained.plan();
    assertTrue(plan.startsWith("Limit"), plan);
    assertTrue(
        plan.contains("Index Scan using " + index + " on conversations")
            || plan.contains("Index Scan Backward using " + index + " on conversations")
            || plan.contains("Index Only Scan using " + index + " on conversations"),
        "walks " + index + ":\n" + plan);
    assertFalse(plan.contains("Seq Scan on conversations"), plan);
    assertFalse(plan.contains("Sort Key"), "rows come in index order, nothing is sorted:\n" + plan);
  }

  private static void assertNoSeqScan(Explained explained, String... tables) {
    for (String table : tables) {
      assertFalse(explained.plan().contains("Seq Scan on " + table), explained.plan());
    }
  }

  @Test
  void all() throws SQLException {
    Explained e = explain("filter=all", ConversationFilter.ALL, null);
    assertEquals(
        COLUMNS + " FROM conversations c ORDER BY c.sort_at DESC, c.id DESC LIMIT 51 OFFSET 0",
        e.sql());
    assertKeysetWalk(e, "ix_conversations_sort");
    assertEquals(CONVERSATIONS, e.page().total());
  }

  @Test
  void unread() throws SQLException {
    Explained e = explain("filter=unread", ConversationFilter.UNREAD, null);
    assertTrue(e.sql().contains("WHERE (c.unread_count > 0)"), e.sql());
    assertKeysetWalk(e, "ix_conversations_unread_sort");
  }

  @Test
  void starred() throws SQLException {
    Explained e = explain("filter=starred", ConversationFilter.STARRED, null);
    assertTrue(e.sql().contains("WHERE (c.is_starred = TRUE)"), e.sql());
    assertKeysetWalk(e, "ix_conversations_starred_sort");
  }

  @Test
  void channel() throws SQLException {
    Explained e = explain("channel=SMS", ConversationFilter.ALL, Channel.SMS);
    assertTrue(e.sql().contains("WHERE (c.channel = 'SMS')"), e.sql());
    assertKeysetWalk(e, "ix_conversations_channel_sort");
    assertTrue(e.plan().contains("Index Cond: ((channel)::text = 'SMS'::text)"), e.plan());
  }

  @Test
  void channelAndUnread() throws SQLException {
    Explained e = explain("channel=SMS, filter=unread", ConversationFilter.UNREAD, Channel.SMS);
    assertTrue(e.sql().contains("WHERE (c.channel = 'SMS') AND (c.unread_count > 0)"), e.sql());
    assertKeysetWalk(e, "ix_conversations_channel_unread_sort");
  }

  @Test
  void channelAndStarred() throws SQLException {
    Explained e =
        explain("channel=WhatsApp, filter=starred", ConversationFilter.STARRED, Channel.WHATSAPP);
    assertKeysetWalk(e, "ix_conversations_channel_starred_sort");
  }

  @Test
  void recents() throws SQLException {
    Explained e = explain("filter=recents (30 days)", ConversationFilter.RECENTS, null);
    assertTrue(e.sql().contains("WHERE (c.sort_at >= '"), e.sql());
    assertKeysetWalk(e, "ix_conversations_sort");
    assertTrue(
        e.plan().contains("Index Cond: (sort_at >= "), "the window bounds the walk:\n" + e.plan());
  }

  @Test
  void oldestFirst() throws SQLException {
    Explained e =
        explain(
            "sort=oldest",
            ConversationFilter.ALL,
            null,
            null,
            ConversationSort.OLDEST,
            Visibility.everything(),
            FIRST);
    assertTrue(e.sql().endsWith("ORDER BY c.sort_at ASC, c.id ASC LIMIT 51 OFFSET 0"), e.sql());
    assertKeysetWalk(e, "ix_conversations_sort");
    assertTrue(e.plan().contains("Index Scan Backward using ix_conversations_sort"), e.plan());
  }

  @Test
  void deepPage() throws SQLException {
    Explained e =
        explain(
            "page 101 (OFFSET 5000)",
            ConversationFilter.ALL,
            null,
            null,
            ConversationSort.LATEST,
            Visibility.everything(),
            new PageRequest(101, 50));
    assertTrue(e.sql().endsWith("LIMIT 51 OFFSET 5000"), e.sql());
    assertKeysetWalk(e, "ix_conversations_sort");
  }

  @Test
  void cursorPageStartsAtItsPositionWhateverTheDepth() throws SQLException {
    for (Visibility visibility :
        List.of(Visibility.everything(), Visibility.ownedFollowedOrUnowned(user))) {
      Explained deep =
          explain(
              "page 101 (OFFSET 5000)",
              ConversationFilter.ALL,
              null,
              null,
              ConversationSort.LATEST,
              visibility,
              new PageRequest(100, 50));
      ConversationCursor position = ConversationCursor.decode(deep.page().next().orElseThrow());
      Explained e =
          explain(
              "page 101 by cursor",
              ConversationFilter.ALL,
              null,
              null,
              ConversationSort.LATEST,
              visibility,
              new PageRequest(101, 50),
              Optional.of(position));
      assertTrue(e.sql().contains("(c.sort_at, c.id) < ('"), e.sql());
      assertTrue(e.sql().endsWith("LIMIT 51 OFFSET 0"), e.sql());
      assertKeysetWalk(e, "ix_conversations_sort");
      assertTrue(e.plan().contains("Index Cond: (ROW(sort_at, id) < ROW("), e.plan());
      assertEquals(deep.page().total(), e.page().total(), "the total of the whole list");
    }
  }

  @Test
  void userVisibility() throws SQLException {
    Explained e =
        explain(
            "USER visibility",
            ConversationFilter.ALL,
            null,
            null,
            ConversationSort.LATEST,
            Visibility.ownedFollowedOrUnowned(user),
            FIRST);
    assertTrue(
        e.sql()
            .contains(
                " JOIN contacts ct ON ct.id = c.contact_id WHERE (ct.owner_id = '"
                    + user
                    + "' OR ct.owner_id IS NULL OR EXISTS (SELECT 1 FROM contact_followers f"),
        e.sql());
    assertKeysetWalk(e, "ix_conversations_sort");
    assertTrue(e.plan().contains("Index Scan using contacts_pkey on contacts ct"), e.plan());
    assertNoSeqScan(e, "contacts");
  }

  @Test
  void searchReadsTheContactWordsIndexOrWalksAndNeverScansATable() throws SQLException {
    // as production runs it (SqlConversationCards): nested loops only
    try (Statement st = jdbc.createStatement()) {
      st.execute("SET enable_hashjoin = off");
      st.execute("SET enable_mergejoin = off");
    }
    try {
      Explained e = search("search 'garc' (conversation_search.contact_words, V10)");
      assertTrue(
          e.sql().contains("conversation_search s WHERE s.contact_words @@ chat_search_query("),
          e.sql());
      assertNoSeqScan(e, "conversations", "contacts", "conversation_search");
      boolean words = e.plan().contains("Bitmap Index Scan on ix_conversation_search_contact");
      boolean walk =
          e.plan().contains("Index Scan using ix_conversations_sort on conversations")
              && e.plan().contains("conversation_search_pkey");
      assertTrue(words || walk, "the words' index or a keyset walk:\n" + e.plan());
    } finally {
      try (Statement st = jdbc.createStatement()) {
        st.execute("RESET enable_hashjoin");
        st.execute("RESET enable_mergejoin");
      }
    }
  }

  private Explained search(String title) throws SQLException {
    return explain(
        title,
        ConversationFilter.ALL,
        null,
        "garc",
        ConversationSort.LATEST,
        Visibility.everything(),
        FIRST);
  }
}
