package dev.chatinbox.core.infrastructure.persistence;

import static dev.chatinbox.core.support.InboxFixture.NOW;
import static dev.chatinbox.core.support.InboxFixture.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.application.view.ConversationView;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationCriteria;
import dev.chatinbox.core.domain.conversation.ConversationFilter;
import dev.chatinbox.core.domain.conversation.ConversationSort;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.TemporarilyUnavailableException;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.TestDatabase;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Conversation search on PostgreSQL over 40,000 messages (B6, issue #16): one search row per
 * conversation ({@code conversation_search}, V10) kept current by the writes; a common word is
 * served by walking the most recent conversations, a rare one from the word index, neither reads a
 * message row; prefix, accents and case folded, ranking; a search past its time limit is {@link
 * TemporarilyUnavailableException}, and its settings do not outlive it; the backfill of an upgraded
 * database.
 *
 * <p>Bulk conversation {@code i} (0..9,999) holds messages {@code k ≡ i (mod 10,000)}, message
 * {@code k} written {@code k} minutes before {@link InboxFixture#NOW}: every even one asks for "a
 * refund for the coffee grinder" (half the conversations: a common text), the odd ones for a
 * parcel, and message 39,999 (conversation 9,999) alone mentions Zanzibar.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationSearchPostgresTest {
  private static final int MESSAGES = 40_000;
  private static final String[] SEED = {
    """
    INSERT INTO contacts (id, full_name, search_text, created_at, updated_at)
    SELECT md5('contact' || i)::uuid, 'Bulk ' || i, 'bulk ' || i || ' bulk.' || i || '@example.com',
           TIMESTAMPTZ '%1$s' - interval '1 year', TIMESTAMPTZ '%1$s' - interval '1 year'
    FROM generate_series(0, 9999) i
    """,
    """
    INSERT INTO conversations (id, contact_id, channel, sort_at, last_message_at, created_at, updated_at)
    SELECT md5('conversation' || i)::uuid, md5('contact' || i)::uuid, 'SMS', t, t, t, t
    FROM (SELECT i, TIMESTAMPTZ '%1$s' - (CASE i WHEN 0 THEN 10000 ELSE i END) * interval '1 minute' AS t
          FROM generate_series(0, 9999) i) s
    """,
    """
    INSERT INTO messages (id, conversation_id, sender_type, body, channel, occurred_at, created_at, updated_at)
    SELECT md5('message' || k)::uuid, md5('conversation' || (k %% 10000))::uuid, 'contact',
           CASE WHEN k = 39999 THEN 'My parcel to Zanzibar'
                WHEN k %% 2 = 0 THEN 'I''d like a refund for the coffee grinder'
                ELSE 'Where is my parcel?' END,
           'SMS', t, t, t
    FROM (SELECT k, TIMESTAMPTZ '%1$s' - k * interval '1 minute' AS t
          FROM generate_series(1, %2$d) k) s
    """,
    // 80 contacts named Moss (conversation i active i hours ago), 20 named Mossberg more recently
    // active, and Moss 200, active 300 days ago, whose message mentions moss
    """
    INSERT INTO contacts (id, full_name, search_text, created_at, updated_at)
    SELECT md5('moss' || i)::uuid, n || ' ' || i, lower(n) || ' ' || i, TIMESTAMPTZ '%1$s' - interval '1 year',
           TIMESTAMPTZ '%1$s' - interval '1 year'
    FROM (SELECT i, CASE WHEN i > 100 AND i < 200 THEN 'Mossberg' ELSE 'Moss' END AS n
          FROM generate_series(1, 200) i) s
    WHERE i <= 80 OR i > 180
    """,
    """
    INSERT INTO conversations (id, contact_id, channel, sort_at, last_message_at, created_at, updated_at)
    SELECT md5('mossconversation' || i)::uuid, md5('moss' || i)::uuid, 'SMS', t, t, t, t
    FROM (SELECT i, TIMESTAMPTZ '%1$s' - CASE WHEN i <= 80 THEN i * interval '1 hour'
                                             WHEN i < 200 THEN i * interval '1 minute'
                                             ELSE interval '300 days' END AS t
          FROM generate_series(1, 200) i) s
    WHERE i <= 80 OR i > 180
    """,
    """
    INSERT INTO messages (id, conversation_id, sender_type, body, channel, occurred_at, created_at, updated_at)
    SELECT md5('mossmessage')::uuid, md5('mossconversation200')::uuid, 'contact', 'Moss on the roof again',
           'SMS', t, t, t
    FROM (SELECT TIMESTAMPTZ '%1$s' - interval '300 days' AS t) s
    """,
    "VACUUM (ANALYZE) contacts, conversations, messages"
  };

  private TestDatabase db;
  private InboxFixture f;
  private User admin;
  private Conversation newest;
  private Conversation old;

  @BeforeAll
  void seed() throws SQLException {
    db = TestDatabase.postgres();
    f = new InboxFixture(db);
    admin = f.user("admin", Role.ADMIN);
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      for (String sql : SEED) {
        st.execute(sql.formatted(NOW, MESSAGES));
      }
    }
    Contact olga = f.contact("Olga Old", "+33612345678", null, null);
    old = f.conversation(olga, Channel.SMS, NOW.minus(Duration.ofDays(200)));
    f.inbound(old, "A refund, please", NOW.minus(Duration.ofDays(100)));
    Contact rita = f.contact("Rita Newman", "+14155550199", null, null);
    newest = f.conversation(rita, Channel.SMS, NOW.minus(Duration.ofDays(1)));
    f.inbound(newest, "Refund for the rain boots, please", NOW);
  }

  @AfterAll
  void drop() throws SQLException {
    if (f != null) {
      f.close();
    }
    if (db != null) {
      db.close();
    }
  }

  private List<UUID> search(String text) {
    return f
        .tx(
            em ->
                f.searchService.search(
                    caller(admin), text, ConversationFilter.ALL, Optional.empty()))
        .stream()
        .map(ConversationView::id)
        .toList();
  }

  /** Bulk conversation {@code i}, as seeded. */
  private static UUID bulk(int i) {
    return md5("conversation" + i);
  }

  /** {@code md5(text)::uuid}, as the seed makes ids. */
  private static UUID md5(String text) {
    try {
      ByteBuffer md5 =
          ByteBuffer.wrap(
              MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
      return new UUID(md5.getLong(), md5.getLong());
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void contactMatchesRankByWholeWordsMessagesAndRecency() {
    List<UUID> expected = new java.util.ArrayList<>();
    expected.add(md5("mossconversation200")); // whole word, and a message: ranked first
    for (int i = 1; i < 50; i++) {
      expected.add(md5("mossconversation" + i)); // whole word, most recent first
    }
    assertEquals(expected, search("moss"), "the more recent Mossbergs are lesser matches");
  }

  @Test
  void aCommonWordFindsTheConversationsOfItsNewestMatches() throws SQLException {
    List<UUID> found = search("refund");
    assertEquals(50, found.size());
    assertEquals(newest.id(), found.get(0), "the newest match, stored through JPA, comes first");
    assertEquals(bulk(2), found.get(1), "then the bulk conversation of the newest bulk match");
    assertFalse(found.contains(old.id()), "an old match ranks below 50 newer ones of its kind");
  }

  /**
   * A tsvector holds at most 1 MB: a conversation whose words reach it keeps taking messages (the
   * words it has are kept, new ones are not added) instead of every later message write failing.
   */
  @Test
  void aConversationWhoseWordsReachTheLimitStillTakesMessages() throws SQLException {
    Contact talker = f.contact("Tallulah Talkative", "+14155550188", null, null);
    Conversation chatty = f.conversation(talker, Channel.SMS, NOW.minus(Duration.ofDays(3)));
    f.inbound(chatty, "quokkathreadword starts the thread", NOW.minus(Duration.ofDays(3)));
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      for (int part = 0; part < 2; part++) { // each ~60,000 distinct words: together over 1 MB
        st.execute(
            ("INSERT INTO messages (id, conversation_id, sender_type, body, channel, occurred_at,"
                    + " created_at, updated_at)"
                    + " SELECT gen_random_uuid(), '%s', 'contact', string_agg('zqtalk%dn' || g, ' '),"
                    + " 'SMS', now(), now(), now() FROM generate_series(1, 60000) g")
                .formatted(chatty.id(), part));
      }
    }
    f.inbound(chatty, "and it goes on", NOW.minus(Duration.ofDays(2)));
    assertTrue(search("quokkathreadword").contains(chatty.id()), "its earlier words are kept");
    int written =
        f.tx(
            em ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT count(*) FROM messages WHERE conversation_id = ?1")
                            .setParameter(1, chatty.id())
                            .getSingleResult())
                    .intValue());
    assertEquals(4, written, "every message was written");
  }

  @Test
  void wordsThatGoTogetherAreCommonToo() {
    assertEquals(bulk(2), search("coffee grinder").get(0));
  }

  @Test
  void aRareWordIsFoundInAnOldMessage() {
    assertEquals(List.of(bulk(9999)), search("zanzibar"));
  }

  @Test
  void aMessageStoredThroughJpaGetsItsWords() throws SQLException {
    f.inbound(newest, "Tracking number please", NOW.plusSeconds(1));
    try (Connection c = db.connect();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT s.message_words @@ to_tsquery('simple', 'tracking & number & rain'),"
                    + " s.complete, s.sort_at = c.sort_at"
                    + " FROM conversation_search s JOIN conversations c ON c.id = s.conversation_id"
                    + " WHERE s.conversation_id = ?")) {
      st.setObject(1, newest.id());
      try (ResultSet rs = st.executeQuery()) {
        assertTrue(rs.next());
        assertTrue(rs.getBoolean(1), "the new words beside those of the earlier message");
        assertTrue(rs.getBoolean(2));
        assertTrue(rs.getBoolean(3), "the row's sort_at follows the conversation's");
      }
    }
    assertEquals(newest.id(), search("tracking").get(0));
  }

  @Test
  void theLastWordIsAPrefixAndAccentsAndCaseAreFolded() {
    Contact jose = f.contact("José Ñúñez", "+34911222333", null, null);
    Conversation conversation = f.conversation(jose, Channel.WHATSAPP, NOW.minusSeconds(30));
    f.inbound(conversation, "La crème brûlée était PARFAITE", NOW.minusSeconds(20));
    assertEquals(List.of(conversation.id()), search("jose nunez"), "accents folded in names");
    assertEquals(List.of(conversation.id()), search("JOSÉ ÑÚ"), "the word being typed");
    assertEquals(List.of(conversation.id()), search("creme brulee"), "accents folded in messages");
    assertEquals(List.of(conversation.id()), search("Crème BRÛ"));
    assertEquals(List.of(conversation.id()), search("911 222"), "a phone fragment by its digits");
    assertEquals(List.of(), search("creme brulex"), "every word must match");
    assertEquals(List.of(), search("rème"), "a word's middle is no prefix");
  }

  @Test
  void aRenamedContactIsFoundByItsNewNameOnly() {
    Contact contact = f.contact("Quentin Quayle", null, "q@example.net", null);
    Conversation conversation = f.conversation(contact, Channel.EMAIL, NOW.minusSeconds(40));
    assertEquals(List.of(conversation.id()), search("quayle"));
    f.tx(
        em -> {
          Contact managed = em.find(Contact.class, contact.id());
          managed.rename("Quentin Zebulon", NOW);
          return managed;
        });
    assertEquals(List.of(conversation.id()), search("zebulon"), "the contact's new words");
    assertEquals(List.of(), search("quayle"), "its old ones are gone");
  }

  @Test
  void theBackfillOfAnUpgradedDatabaseAddsWhatWasMissingInBatches() throws SQLException {
    // an upgrade: conversations and messages that were there before V10 have no search row yet
    Contact contact = f.contact("Ulrich Upgrade", null, null, null);
    Conversation conversation = f.conversation(contact, Channel.SMS, NOW.minusSeconds(50));
    f.inbound(conversation, "Xylophone repair quote", NOW.minusSeconds(45));
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute(
          "DELETE FROM conversation_search WHERE conversation_id = '" + conversation.id() + "'");
      st.execute(
          "INSERT INTO conversation_search_backfill (id, phase, started_at) VALUES (1, 'contacts', now())");
    }
    assertEquals(List.of(), search("ulrich"));
    // a message written after the upgrade, before the backfill reached the conversation
    f.inbound(conversation, "Any news on the quote?", NOW.minusSeconds(40));
    assertEquals(List.of(conversation.id()), search("ulrich"), "the trigger added its row");
    assertEquals(List.of(), search("xylophone"), "the older message is not in it yet");
    SqlConversationSearchIndex index = new SqlConversationSearchIndex(db.dataSource(), f.reads);
    int batches = 0;
    while (index.backfillBatch()) {
      batches++;
      assertTrue(batches < 100, "the backfill ends");
    }
    assertTrue(batches >= 2, "contacts, then messages: " + batches);
    assertEquals(List.of(conversation.id()), search("xylophone"), "the older message's words");
    assertEquals(List.of(conversation.id()), search("news quote"), "and the newer one's");
    assertFalse(index.backfillBatch(), "nothing left to do");
  }

  @Test
  void aSearchPastItsTimeLimitIsTemporarilyUnavailable() throws Exception {
    ConversationCriteria criteria =
        new ConversationCriteria(
            ConversationFilter.ALL,
            Optional.empty(),
            Optional.of("parcel"),
            ConversationSort.LATEST,
            NOW.minus(Duration.ofDays(30)));
    SqlConversationSearch search =
        new SqlConversationSearch(f.reads, new SearchCommonness(f.reads));
    // a lock that holds the search up, as an overloaded database would
    try (Connection blocker = db.connect();
        Statement st = blocker.createStatement()) {
      blocker.setAutoCommit(false);
      st.execute("LOCK TABLE conversation_search IN ACCESS EXCLUSIVE MODE");
      long start = System.nanoTime();
      TemporarilyUnavailableException e =
          assertThrows(
              TemporarilyUnavailableException.class,
              () -> search.matching(criteria, Visibility.everything(), 50, Duration.ofMillis(300)));
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertEquals(Duration.ofMillis(300), e.retryAfter());
      assertTrue(ms >= 290 && ms < 2000, "cancelled after its time limit: " + ms + " ms");
      blocker.rollback();
    }
    assertEquals(50, search("parcel").size(), "the next search runs as usual");
  }

  @Test
  void theSearchSettingsDoNotOutliveTheSearch() {
    List<Object> defaults = f.tx(ConversationSearchPostgresTest::settings);
    List<Object> after =
        f.tx(
            em -> {
              f.searchService.search(
                  caller(admin), "refund", ConversationFilter.ALL, Optional.empty());
              return settings(em); // on the search's connection, in its transaction
            });
    assertEquals(defaults.subList(0, 2), after.subList(0, 2), "statement_timeout, plan_cache_mode");
    assertEquals("0.6", after.get(2), "pg_trgm's default similarity threshold");
  }

  private static List<Object> settings(EntityManager em) {
    return Arrays.asList(
        (Object[])
            em.createNativeQuery(
                    "SELECT current_setting('statement_timeout'),"
                        + " current_setting('plan_cache_mode'),"
                        + " current_setting('pg_trgm.word_similarity_threshold', true)")
                .getSingleResult());
  }

  @Test
  void aCommonWordWalksTheNewestConversationsAndReadsNoMessage() throws SQLException {
    String plan = explain("refund");
    assertFalse(plan.contains("on messages"), plan);
    List<Integer> walked = rows(plan, "Index Scan using ix_conversations_sort");
    assertEquals(1, walked.size(), plan);
    assertTrue(walked.get(0) <= 200, "about two conversations per match:\n" + plan);
    assertEquals(
        List.of(), rows(plan, "Bitmap Index Scan on ix_conversation_search_messages"), plan);
  }

  @Test
  void aRareWordReadsOnlyItsMatchesFromTheIndex() throws SQLException {
    String plan = explain("zanzibar");
    assertFalse(plan.contains("on messages"), plan);
    assertEquals(List.of(), rows(plan, "Index Scan using ix_conversations_sort"), plan);
    assertEquals(List.of(1), rows(plan, "Bitmap Index Scan on ix_conversation_search_messages"));
  }

  /** EXPLAIN ANALYZE of the (generic) plan of the statement an ADMIN's search sends. */
  private String explain(String text) throws SQLException {
    String sql =
        SqlConversationSearch.statement(new SqlWhere(), new SqlWhere(), false, 50)
            .replaceAll("\\?(\\d+)", "\\$$1");
    StringBuilder plan = new StringBuilder();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute("ANALYZE conversation_search");
      c.setAutoCommit(false);
      st.execute("SET LOCAL plan_cache_mode = force_generic_plan");
      st.execute("PREPARE search (text, text, int, boolean, boolean) AS " + sql);
      try (ResultSet rs =
          st.executeQuery(
              "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) EXECUTE search ("
                  + literal(text)
                  + ", '', 50, chat_search_common('contact_words', "
                  + literal(text)
                  + "), chat_search_common('message_words', "
                  + literal(text)
                  + "))")) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
      c.rollback();
    }
    System.out.println("\n=== search '" + text + "' (generic plan) ===\n" + plan);
    return plan.toString();
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** The actual row counts of the plan nodes that start with {@code node}, top to bottom. */
  private static List<Integer> rows(String plan, String node) {
    Matcher m = Pattern.compile(Pattern.quote(node) + "[^\\n]*actual rows=(\\d+)").matcher(plan);
    List<Integer> counts = new java.util.ArrayList<>();
    while (m.find()) {
      counts.add(Integer.parseInt(m.group(1)));
    }
    return counts;
  }
}
