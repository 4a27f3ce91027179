package dev.chatinbox.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes test data straight into the test server's PostgreSQL database (the API to create contacts
 * and receive messages arrives with later issues). Every contact gets an owner so that test classes
 * never see each other's data through the "unowned" visibility rule.
 */
public final class Seed implements AutoCloseable {
  private static final String URL = System.getProperty("it.pg.url");
  private static boolean serverReady;
  private final Connection connection;

  public Seed() {
    this(URL);
  }

  /** Seeds the database at {@code url} (a test's own database, e.g. on its own cluster). */
  public Seed(String url) {
    awaitServerOnce();
    try {
      this.connection = DriverManager.getConnection(url);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the integration-test database " + url, e);
    }
  }

  /**
   * The first seed waits for the test server's readiness: Liberty reports the server started while
   * the application (and its schema migration) may still be starting — on a loaded machine for
   * longer than the plugin's wait — and a seed written before the schema exists fails.
   */
  private static synchronized void awaitServerOnce() {
    if (serverReady) {
      return;
    }
    try {
      LibertyServers.awaitReady(System.getProperty("it.base.url"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for the test server", e);
    } catch (Exception e) {
      throw new IllegalStateException("the test server never became ready", e);
    }
    serverReady = true;
  }

  /** A unique marker to put into names, so searches find only this test's rows. */
  public static String marker() {
    return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  public UUID user(String subject, String name, String role) {
    UUID id = UUID.randomUUID();
    exec(
        "INSERT INTO users (id, subject, username, name, email, active, created_at, updated_at) VALUES (?,?,?,?,?,TRUE,?,?)",
        id,
        subject,
        subject,
        name,
        subject + "@it.example",
        now(),
        now());
    exec("INSERT INTO user_roles (user_id, role) VALUES (?,?)", id, role);
    return id;
  }

  public UUID contact(String fullName, String phone, String email, UUID ownerId) {
    UUID id = UUID.randomUUID();
    String search =
        (fullName.toLowerCase(Locale.ROOT)
                + " "
                + (email == null ? "" : email.toLowerCase(Locale.ROOT))
                + " "
                + (phone == null ? "" : phone + " " + phone.replaceAll("[^0-9]", "")))
            .trim();
    exec(
        "INSERT INTO contacts (id, full_name, primary_email, primary_phone, owner_id, dnd_all, search_text, created_at, updated_at, version)"
            + " VALUES (?,?,?,?,?,FALSE,?,?,?,0)",
        id,
        fullName,
        email,
        phone,
        ownerId,
        search,
        now(),
        now());
    if (email != null) {
      exec(
          "INSERT INTO contact_emails (id, contact_id, email, is_primary, created_at) VALUES (?,?,?,TRUE,?)",
          UUID.randomUUID(),
          id,
          email,
          now());
    }
    if (phone != null) {
      exec(
          "INSERT INTO contact_phones (id, contact_id, phone, is_primary, created_at) VALUES (?,?,?,TRUE,?)",
          UUID.randomUUID(),
          id,
          phone,
          now());
    }
    return id;
  }

  public void dnd(UUID contactId, String channel) {
    exec(
        "INSERT INTO contact_channel_dnd (contact_id, channel, created_at) VALUES (?,?,?)",
        contactId,
        channel,
        now());
  }

  public void deactivate(UUID userId) {
    exec("UPDATE users SET active = FALSE WHERE id = ?", userId);
  }

  public void follow(UUID contactId, UUID userId) {
    exec(
        "INSERT INTO contact_followers (contact_id, user_id, created_at) VALUES (?,?,?)",
        contactId,
        userId,
        now());
  }

  public UUID conversation(
      UUID contactId, String channel, int unread, boolean starred, Instant createdAt) {
    UUID id = UUID.randomUUID();
    exec(
        "INSERT INTO conversations (id, contact_id, channel, unread_count, is_starred, sort_at, created_at, updated_at, version)"
            + " VALUES (?,?,?,?,?,?,?,?,0)",
        id,
        contactId,
        channel,
        unread,
        starred,
        at(createdAt),
        at(createdAt),
        at(createdAt));
    return id;
  }

  /** A message, made the conversation's last one when it is the newest. */
  public UUID message(
      UUID conversationId,
      String channel,
      String senderType,
      UUID senderId,
      String body,
      Instant at,
      String status) {
    UUID id = UUID.randomUUID();
    exec(
        "INSERT INTO messages (id, conversation_id, sender_id, sender_type, body, channel, status, occurred_at, created_at, updated_at, version)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,0)",
        id,
        conversationId,
        senderId,
        senderType,
        body,
        channel,
        status,
        at(at),
        at(at),
        at(at));
    exec(
        "UPDATE conversations SET last_message_id = ?, last_message_at = ?, sort_at = ? WHERE id = ? AND (last_message_at IS NULL OR last_message_at <= ?)",
        id,
        at(at),
        at(at),
        conversationId,
        at(at));
    return id;
  }

  /**
   * An SMS a team member scheduled for {@code dueAt}, with its outbox entry, as the send endpoint
   * stores it — e.g. one that fell due while the server was down.
   */
  public UUID scheduledSms(
      UUID conversationId,
      UUID senderId,
      String body,
      String to,
      Instant createdAt,
      Instant dueAt) {
    UUID id = UUID.randomUUID();
    exec(
        "INSERT INTO messages (id, conversation_id, sender_id, sender_type, body, channel, status, occurred_at,"
            + " to_address, scheduled_at, created_at, updated_at, version)"
            + " VALUES (?,?,?,'user',?,'SMS','scheduled',?,?,?,?,?,0)",
        id,
        conversationId,
        senderId,
        body,
        at(createdAt),
        to,
        at(dueAt),
        at(createdAt),
        at(createdAt));
    exec(
        "INSERT INTO outbox (message_id, state, attempts, next_attempt_at, created_at)"
            + " VALUES (?,'pending',0,?,?)",
        id,
        at(dueAt),
        at(createdAt));
    return id;
  }

  /**
   * Gives the contacts that inbound messages created since {@code since} (they have no owner, and
   * unowned contacts are visible to every USER) the user with this subject, so that other test
   * classes never see them.
   */
  public void adoptContactsCreatedSince(String subject, Instant since) {
    exec(
        "UPDATE contacts SET owner_id = (SELECT id FROM users WHERE subject = ?)"
            + " WHERE owner_id IS NULL AND created_at > ?",
        subject,
        at(since));
  }

  /** Runs a statement (inserts in bulk, adjustments) and returns how many rows it changed. */
  public int update(String sql, Object... args) {
    try (PreparedStatement st = prepare(sql, args)) {
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /**
   * Gives a message the carrier id it would have after its send was accepted: a Twilio SID, else a
   * SendGrid message id.
   */
  public void carrierIds(UUID messageId, String twilioSid, String emailMessageId) {
    exec(
        "UPDATE messages SET carrier = ?, carrier_message_id = ? WHERE id = ?",
        twilioSid != null ? "twilio" : emailMessageId != null ? "sendgrid" : null,
        twilioSid != null ? twilioSid : emailMessageId,
        messageId);
  }

  /** The first column of the first row of a query (null when there is no row). */
  public Object value(String sql, Object... args) {
    try (PreparedStatement st = prepare(sql, args);
        var rs = st.executeQuery()) {
      return rs.next() ? rs.getObject(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The first column of every row of a query, in order. */
  public java.util.List<Object> column(String sql, Object... args) {
    try (PreparedStatement st = prepare(sql, args);
        var rs = st.executeQuery()) {
      java.util.List<Object> values = new java.util.ArrayList<>();
      while (rs.next()) {
        values.add(rs.getObject(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public long count(String sql, Object... args) {
    try (PreparedStatement st = prepare(sql, args);
        var rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private void exec(String sql, Object... args) {
    try (PreparedStatement st = prepare(sql, args)) {
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement st = connection.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      st.setObject(i + 1, args[i]);
    }
    return st;
  }

  private static OffsetDateTime now() {
    return at(Instant.now());
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
