package dev.chatinbox.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Seeds the bench data set straight into the schema the server's Flyway migrations created (not
 * through the API): users and roles, contacts with phones, emails, tags, owners and followers, one
 * conversation per contact over SMS / WhatsApp / Email, about 20 messages per conversation. Every
 * row derives from its index (deterministic ids and a random stream per index), so each table is
 * written in one COPY pass. Secondary indexes and foreign keys are dropped during the load and
 * recreated from their saved definitions afterwards — the same definitions the migrations made.
 */
final class Seeder {
  static final int USERS = 50; // user 0 is the administrator, 1..49 agents
  static final String OUR_NUMBER = "+15005550006";
  static final String OUR_WHATSAPP = "+15005550007";
  static final String OUR_EMAIL = "support@bench.example";
  private static final String[] LOADED = {
    "users",
    "user_roles",
    "contacts",
    "contact_phones",
    "contact_emails",
    "contact_tags",
    "contact_followers",
    "conversations",
    "messages"
  };

  /** What the load writes: the loaded tables and the search rows written from them. */
  private static final String[] WRITTEN =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(LOADED), java.util.stream.Stream.of("conversation_search"))
          .toArray(String[]::new);

  /**
   * The search row of every conversation (V10) in one pass, as the server's triggers would have
   * written it message by message: the contact's words and the words of all its messages.
   */
  private static final String SEARCH_ROWS =
      """
      INSERT INTO conversation_search (conversation_id, contact_words, message_words, complete, sort_at)
      SELECT c.id, chat_contact_words(ct.search_text), coalesce(w.words, ''), TRUE, c.sort_at
      FROM conversations c JOIN contacts ct ON ct.id = c.contact_id
      LEFT JOIN (SELECT m.conversation_id,
                        chat_search_words('chat_search', string_agg(m.body, ' ')) AS words
                 FROM messages m GROUP BY m.conversation_id) w ON w.conversation_id = c.id""";

  /** Conversations {@code i % 1000 == 7} hold 100 times the average number of messages. */
  static final int LONG_CONVERSATION = 7;

  static final int K_USER = 1, K_CONTACT = 2, K_CONV = 3, K_MSG = 4, K_ROW = 5;

  private final int contacts;
  private final int messagesPerConversation;
  private final Instant now;

  /**
   * @param contacts contacts and conversations (100,000 at scale 1)
   * @param messagesPerConversation average messages per conversation (20: 2M at scale 1)
   */
  Seeder(int contacts, int messagesPerConversation, Instant now) {
    this.contacts = contacts;
    this.messagesPerConversation = messagesPerConversation;
    this.now = now;
  }

  static UUID id(int kind, long index, long sub) {
    return new UUID(
        0xbe0c_0000_0000_0000L | ((long) kind << 40) | index, 0x8000_0000_0000_0000L | sub);
  }

  static UUID userId(int i) {
    return id(K_USER, i, 0);
  }

  static String phone(int i) {
    // NANP-valid: New York 212, exchanges 200-999, one line per contact
    return String.format(Locale.ROOT, "+1212%03d%04d", 200 + (i / 10_000) % 800, i % 10_000);
  }

  static String email(int i, String name) {
    return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + i + "@example.com";
  }

  static String channel(int i) {
    return switch (i % 4) {
      case 0, 1 -> "SMS";
      case 2 -> "WhatsApp";
      default -> "Email";
    };
  }

  private static SplittableRandom rng(int kind, long i) {
    return new SplittableRandom(kind * 0x9E3779B97F4A7C15L + i * 0xC2B2AE3D27D4EB4FL);
  }

  /** What one contact is: derived from its index, the same in every pass. */
  record ContactRow(String name, UUID owner, UUID follower, String tag) {}

  static ContactRow contact(int i) {
    SplittableRandom r = rng(K_CONTACT, i);
    String name = TextGen.name(r);
    UUID owner = r.nextInt(10) < 7 ? userId(1 + r.nextInt(USERS - 1)) : null;
    UUID follower = r.nextInt(5) == 0 ? userId(1 + r.nextInt(USERS - 1)) : null;
    String tag = r.nextInt(4) == 0 ? TextGen.TAGS[r.nextInt(TextGen.TAGS.length)] : null;
    return new ContactRow(name, owner, follower, tag);
  }

  /** Times of a conversation's messages, oldest first. */
  Instant[] times(int i) {
    SplittableRandom r = rng(K_CONV, i);
    int count = 1 + r.nextInt(2 * messagesPerConversation - 1);
    if (i % 1000 == LONG_CONVERSATION) {
      count = 100 * messagesPerConversation; // one in 1000 is long: B2's deep before= pages
    }
    double u = r.nextDouble();
    Instant last = now.minusSeconds((long) (u * u * u * 180 * 86_400) + 60);
    Instant[] times = new Instant[count];
    Instant t = last;
    for (int j = count - 1; j >= 0; j--) {
      times[j] = t;
      t = t.minusSeconds(30 + r.nextInt(r.nextInt(4) == 0 ? 86_400 : 3_600));
    }
    return times;
  }

  /** Seeds everything; answers rows per table. */
  List<String> seed(Connection c) throws SQLException, java.io.IOException {
    List<String> log = new ArrayList<>();
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      s.execute("TRUNCATE " + String.join(", ", LOADED) + " CASCADE");
      s.execute("SET maintenance_work_mem = '256MB'");
      s.execute("SET synchronous_commit = off");
      // no triggers during the load (the search rows are written in one pass after it)
      s.execute("SET session_replication_role = replica");
    }
    List<String> restore = IndexesAndForeignKeys.drop(c, WRITTEN);
    long t0 = System.nanoTime();
    users(c);
    contacts(c);
    conversationsAndMessages(c);
    log.add(String.format(Locale.ROOT, "COPY: %.1f s", (System.nanoTime() - t0) / 1e9));
    long ts = System.nanoTime();
    try (Statement s = c.createStatement()) {
      s.execute(SEARCH_ROWS);
      s.execute("SET session_replication_role = DEFAULT");
    }
    log.add(
        String.format(
            Locale.ROOT,
            "search rows (conversation_search): %.1f s",
            (System.nanoTime() - ts) / 1e9));
    long t1 = System.nanoTime();
    try (Statement s = c.createStatement()) {
      for (String sql : restore) {
        s.execute(sql);
      }
    }
    log.add(
        String.format(
            Locale.ROOT, "indexes and foreign keys: %.1f s", (System.nanoTime() - t1) / 1e9));
    long t2 = System.nanoTime();
    try (Statement s = c.createStatement()) {
      s.execute("VACUUM (ANALYZE) " + String.join(", ", WRITTEN));
    }
    log.add(String.format(Locale.ROOT, "VACUUM ANALYZE: %.1f s", (System.nanoTime() - t2) / 1e9));
    try (Statement s = c.createStatement()) {
      for (String table : WRITTEN) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          log.add(table + ": " + rs.getLong(1) + " rows");
        }
      }
    }
    return log;
  }

  private void users(Connection c) throws SQLException, java.io.IOException {
    Instant created = now.minus(Duration.ofDays(400));
    try (CopyRows u =
        new CopyRows(
            c, "users", "id, subject, username, name, email, active, created_at, updated_at")) {
      for (int i = 0; i < USERS; i++) {
        String username = i == 0 ? "bench-admin" : "agent" + i;
        u.add(userId(i))
            .add(userId(i))
            .add(username)
            .add(i == 0 ? "Bench Admin" : "Agent " + i)
            .add(username + "@bench.example")
            .add("t")
            .add(created)
            .add(created)
            .endRow();
      }
    }
    try (CopyRows roles = new CopyRows(c, "user_roles", "user_id, role")) {
      for (int i = 0; i < USERS; i++) {
        roles.add(userId(i)).add(i == 0 ? "ADMIN" : "USER").endRow();
      }
    }
  }

  private void contacts(Connection c) throws SQLException, java.io.IOException {
    Instant created = now.minus(Duration.ofDays(200));
    try (CopyRows rows =
        new CopyRows(
            c,
            "contacts",
            "id, full_name, primary_email, primary_phone, owner_id, search_text, created_at, updated_at")) {
      for (int i = 0; i < contacts; i++) {
        ContactRow ct = contact(i);
        String phone = phone(i);
        String email = email(i, ct.name());
        rows.add(id(K_CONTACT, i, 0))
            .add(ct.name())
            .add(email)
            .add(phone)
            .add(ct.owner())
            .add(
                ct.name().toLowerCase(Locale.ROOT)
                    + " "
                    + email
                    + " "
                    + phone
                    + " "
                    + phone.substring(1))
            .add(created)
            .add(created)
            .endRow();
      }
    }
    try (CopyRows rows =
        new CopyRows(c, "contact_phones", "id, contact_id, phone, is_primary, created_at")) {
      for (int i = 0; i < contacts; i++) {
        rows.add(id(K_ROW, i, 1))
            .add(id(K_CONTACT, i, 0))
            .add(phone(i))
            .add("t")
            .add(created)
            .endRow();
      }
    }
    try (CopyRows rows =
        new CopyRows(c, "contact_emails", "id, contact_id, email, is_primary, created_at")) {
      for (int i = 0; i < contacts; i++) {
        rows.add(id(K_ROW, i, 2))
            .add(id(K_CONTACT, i, 0))
            .add(email(i, contact(i).name()))
            .add("t")
            .add(created)
            .endRow();
      }
    }
    try (CopyRows rows =
        new CopyRows(c, "contact_tags", "id, contact_id, tag_key, tag, created_at")) {
      for (int i = 0; i < contacts; i++) {
        String tag = contact(i).tag();
        if (tag != null) {
          rows.add(id(K_ROW, i, 3))
              .add(id(K_CONTACT, i, 0))
              .add(tag.toLowerCase(Locale.ROOT))
              .add(tag)
              .add(created)
              .endRow();
        }
      }
    }
    try (CopyRows rows = new CopyRows(c, "contact_followers", "contact_id, user_id, created_at")) {
      for (int i = 0; i < contacts; i++) {
        UUID follower = contact(i).follower();
        if (follower != null) {
          rows.add(id(K_CONTACT, i, 0)).add(follower).add(created).endRow();
        }
      }
    }
  }

  private void conversationsAndMessages(Connection c) throws SQLException, java.io.IOException {
    try (CopyRows rows =
        new CopyRows(
            c,
            "conversations",
            "id, contact_id, channel, unread_count, is_starred, last_message_id, last_message_at,"
                + " sort_at, created_at, updated_at, status, assignee_id")) {
      for (int i = 0; i < contacts; i++) {
        Instant[] times = times(i);
        SplittableRandom r = rng(K_ROW, i);
        int last = times.length - 1;
        boolean lastInbound = last % 2 == 0;
        int unread = lastInbound && r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0;
        rows.add(id(K_CONV, i, 0))
            .add(id(K_CONTACT, i, 0))
            .add(channel(i))
            .add(unread)
            .add(r.nextInt(20) == 0 ? "t" : "f")
            .add(id(K_MSG, i, last))
            .add(times[last])
            .add(times[last])
            .add(times[0])
            .add(times[last])
            .add(status(r))
            .add(assignee(i, r))
            .endRow();
      }
    }
    Instant statusHorizon = now.minus(Duration.ofDays(3));
    try (CopyRows rows =
        new CopyRows(
            c,
            "messages",
            "id, conversation_id, sender_id, sender_type, body, subject, channel, status,"
                + " occurred_at, from_address, to_address, carrier, carrier_message_id,"
                + " sent_at, delivered_at, created_at, updated_at")) {
      for (int i = 0; i < contacts; i++) {
        Instant[] times = times(i);
        ContactRow ct = contact(i);
        String channel = channel(i);
        boolean email = channel.equals("Email");
        String address = email ? email(i, ct.name()) : phone(i);
        String ours = email ? OUR_EMAIL : channel.equals("WhatsApp") ? OUR_WHATSAPP : OUR_NUMBER;
        String first = ct.name().substring(0, ct.name().indexOf(' '));
        SplittableRandom r = rng(K_MSG, i);
        for (int j = 0; j < times.length; j++) {
          boolean inbound = j % 2 == 0;
          Instant at = times[j];
          String status = null;
          String twilioId = null;
          String emailId = null;
          Instant delivered = null;
          if (!inbound) {
            status = at.isBefore(statusHorizon) && r.nextInt(3) == 0 ? "sent" : "delivered";
            delivered = status.equals("delivered") ? at.plusSeconds(3) : null;
            String hex = String.format(Locale.ROOT, "%08x%08x%016x", 0xbe0c, i, j);
            if (email) {
              emailId = "bm" + hex;
            } else {
              twilioId = "SM" + hex;
            }
          }
          UUID sender =
              inbound ? null : ct.owner() != null ? ct.owner() : userId(1 + (i % (USERS - 1)));
          rows.add(id(K_MSG, i, j))
              .add(id(K_CONV, i, 0))
              .add(sender)
              .add(inbound ? "contact" : "user")
              .add(TextGen.message(r, !inbound, first))
              .add(
                  email
                      ? (j == 0 ? "Question about my order" : "Re: Question about my order")
                      : null)
              .add(channel)
              .add(status)
              .add(at)
              .add(inbound ? address : ours)
              .add(inbound ? ours : address)
              .add(inbound ? null : email ? "sendgrid" : "twilio")
              .add(email ? emailId : twilioId)
              .add(inbound ? null : at)
              .add(delivered)
              .add(at)
              .add(at)
              .endRow();
        }
      }
    }
  }

  /** The team workflow's status (#18): 60 % open, 20 % pending, 20 % resolved. */
  private static String status(SplittableRandom r) {
    int k = r.nextInt(10);
    return k < 6 ? "open" : k < 8 ? "pending" : "resolved";
  }

  /**
   * The conversation's assignee (#18): 70 % of an owned contact's conversations are assigned to its
   * owner, 30 % of the others to an agent — about 1,200 per agent at scale 1.
   */
  private UUID assignee(int i, SplittableRandom r) {
    UUID owner = contact(i).owner();
    if (owner != null) {
      return r.nextInt(10) < 7 ? owner : null;
    }
    return r.nextInt(10) < 3 ? userId(1 + (i % (USERS - 1))) : null;
  }
}
