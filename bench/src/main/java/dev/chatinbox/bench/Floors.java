package dev.chatinbox.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own speed for the SQL behind B1–B4, through {@code pgbench} with custom scripts:
 * the statements the server sends per request, with the same parameters the API scenarios use.
 * Reads: JpaConversationRepository.list with the agent visibility condition and
 * JpaMessageRepository.history through NativePages. Writes ({@code floors/*.sql}): the statement
 * list PostgreSQL logged for one SMS send and one Twilio status callback, in one transaction each
 * with the same commit. Closed loop, {@value #CLIENTS} clients: a throughput ceiling, not a latency
 * claim.
 */
final class Floors {
  static final int CLIENTS = 4;

  /** A script, named by what it floors, with the API scenario it stands under. */
  record Script(String name, String api, String target, String sql) {}

  /**
   * One floor: its script and what pgbench measured; {@code failed}: transactions PostgreSQL ended
   * with a deadlock or serialization failure (pgbench counts them and goes on).
   */
  record Floor(Script script, double tps, double latencyMs, long failed, String error) {}

  /** What the issue asks of API ÷ floor for reads (#15): at least half the database's speed. */
  static final String READ_TARGET = "≥ 0.5";

  // pgbench variables are numbers: the seeded UUIDs (Seeder.id) are spelt out from the index
  private static final String USER_ID =
      "('be0c0100' || lpad(to_hex(:n), 8, '0') || '8000000000000000')::uuid";
  private static final String CONV_ID =
      "('be0c0300' || lpad(to_hex(:i), 8, '0') || '8000000000000000')::uuid";

  /**
   * An agent's visibility rule as the server writes it (ContactConditions.visibleConversationRow):
   * contacts they own, follow or nobody owns, and conversations assigned to them or their teams.
   */
  private static final String VISIBLE =
      "(ct.owner_id = "
          + USER_ID
          + " OR ct.owner_id IS NULL OR EXISTS (SELECT 1 FROM contact_followers f"
          + " WHERE f.contact_id = ct.id AND f.user_id = "
          + USER_ID
          + ") OR c.assignee_id = "
          + USER_ID
          + " OR c.team_id IN (SELECT tm.team_id FROM team_members tm WHERE tm.user_id = "
          + USER_ID
          + "))";

  private static final String AGENT = "\\set n random(1, " + (Seeder.USERS - 1) + ")\n";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

  private Floors() {}

  /**
   * The read scripts: the statements the server sends per request once a list's large total is
   * remembered (PageTotals), i.e. the page query reading one row beyond the page; message history
   * also counts its (small) total with a bounded count.
   *
   * @param deepPage the page number of B1's deep page (20 a page)
   * @param deepPosition the keyset position {@code ('<sort_at>', '<id>')} of a deep page
   * @param messageColumns the select list the server uses for messages (the columns it maps)
   */
  static List<Script> reads(
      int contacts, int deepPage, String deepBefore, String deepPosition, String messageColumns) {
    List<Script> s = new ArrayList<>();
    String from = " FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE " + VISIBLE;
    String order = " ORDER BY c.sort_at DESC, c.id DESC LIMIT 21";
    s.add(
        read(
            "B1 all, page 1",
            ConversationList.ALL_PAGE_1,
            AGENT + "SELECT c.*" + from + order + " OFFSET 0;\n"));
    s.add(
        read(
            "B1 all, deep page (OFFSET)",
            ConversationList.deep(deepPage),
            AGENT + "SELECT c.*" + from + order + " OFFSET " + (deepPage - 1) * 20 + ";\n"));
    s.add(
        read(
            "B1 all, deep page (cursor)",
            ConversationList.deepByCursor(deepPage),
            AGENT
                + "SELECT c.*"
                + from
                + " AND ((c.sort_at, c.id) < "
                + deepPosition
                + ")"
                + order
                + " OFFSET 0;\n"));
    s.add(
        read(
            "B1 unread, page 1",
            ConversationList.UNREAD_PAGE_1,
            AGENT + "SELECT c.*" + from + " AND (c.unread_count > 0)" + order + " OFFSET 0;\n"));
    s.add(read("B1 search=<last name>, page 1", ConversationList.SEARCH_PAGE_1, searchByName()));
    s.add(
        read(
            "B1 status=open & assignee=me, page 1",
            ConversationList.OPEN_MINE_PAGE_1,
            openAndMine(from, order)));
    s.add(
        read(
            "B2 newest page",
            MessageHistory.NEWEST,
            "\\set i random(0, " + (contacts - 1) + ")\n" + history(messageColumns, "")));
    s.add(
        read(
            "B2 deep before=",
            MessageHistory.DEEP,
            "\\set k random(0, "
                + Math.max(0, contacts / 1000 - 1)
                + ")\n\\set i 7 + 1000 * :k\n"
                + history(messageColumns, " AND (m.occurred_at < '" + deepBefore + "')")));
    return s;
  }

  /**
   * The list's {@code ?search=<last name>} (issue #16): a last name is rare among contacts (a few
   * %), so the server takes the name's matches from the contact words' index ({@code
   * conversation_search}, V10), sorts them by their stored {@code sort_at} and reads conversations
   * by key in that order until the page is full; then the bounded count it runs after a full page
   * (a searched list's total is exact up to 200, SqlConversationCards.SEARCH_EXACT_TOTAL).
   */
  private static String searchByName() {
    StringBuilder names = new StringBuilder();
    for (String name : TextGen.LAST) {
      names
          .append(names.length() == 0 ? "" : ",")
          .append("'")
          .append(name.toLowerCase(java.util.Locale.ROOT))
          .append("'");
    }
    String from =
        " FROM (SELECT s.conversation_id, s.sort_at FROM conversation_search s"
            + " WHERE s.contact_words @@ chat_search_query((ARRAY["
            + names
            + "])[:k + 1], TRUE, '')) r"
            + " CROSS JOIN LATERAL (SELECT c.* FROM conversations c"
            + " WHERE c.id = r.conversation_id OFFSET 0) c"
            + " JOIN contacts ct ON ct.id = c.contact_id WHERE "
            + VISIBLE;
    // each statement in a transaction of its own with hash and merge joins off, as the server runs
    // them (SqlConversationCards)
    String nestedLoops =
        "BEGIN;\nSET LOCAL enable_hashjoin = off;\nSET LOCAL enable_mergejoin = off;\n";
    return AGENT
        + "\\set k random(0, "
        + (TextGen.LAST.length - 1)
        + ")\n"
        + nestedLoops
        + "SELECT c.id, c.contact_id, c.channel, c.unread_count, c.is_starred, c.last_message_id,"
        + " c.last_message_at, c.sort_at"
        + from
        + " ORDER BY r.sort_at DESC, r.conversation_id DESC LIMIT 21 OFFSET 0;\nCOMMIT;\n"
        + nestedLoops
        + "SELECT COUNT(*) FROM (SELECT 1"
        + from
        + " LIMIT 201) b;\nCOMMIT;\n";
  }

  /**
   * The list's "Mine" tab (#18: {@code status=open&assignee=me}): the page, then the count the
   * server runs after a full page (an agent's ~700 open conversations are below the exact-total
   * limit, so they are counted every time), each with nested loops only as the server runs a list
   * by assignee (SqlConversationCards).
   */
  private static String openAndMine(String from, String order) {
    String where = from + " AND (c.status = 'open') AND (c.assignee_id = " + USER_ID + ")";
    String nestedLoops =
        "BEGIN;\nSET LOCAL enable_hashjoin = off;\nSET LOCAL enable_mergejoin = off;\n";
    return AGENT
        + nestedLoops
        + "SELECT c.*"
        + where
        + order
        + " OFFSET 0;\nCOMMIT;\n"
        + nestedLoops
        + "SELECT COUNT(*) FROM (SELECT 1"
        + where
        + " LIMIT 1001) b;\nCOMMIT;\n";
  }

  private static Script read(String name, String api, String sql) {
    return new Script(name, api, READ_TARGET, sql);
  }

  private static String history(String messageColumns, String condition) {
    String where = " FROM messages m WHERE (m.conversation_id = " + CONV_ID + ")" + condition;
    return "SELECT "
        + messageColumns
        + where
        + " ORDER BY m.occurred_at DESC, m.id DESC LIMIT 21 OFFSET 0;\n"
        + "SELECT COUNT(*) FROM (SELECT 1"
        + where
        + " LIMIT 1001) b;\n";
  }

  /**
   * The write floors (B3 send, B4 Twilio callback) on {@code db}: their SQL from {@code floors/},
   * run between {@code write-setup.sql} and {@code write-cleanup.sql}, so that the database is the
   * seeded one again afterwards.
   */
  static List<Floor> writes(BenchDatabase db, int contacts, int seconds, Path workDir)
      throws IOException, InterruptedException, SQLException {
    try (Connection c = db.connect()) {
      if (exists(c, "bench_floor_mark")) {
        execute(c, resource("write-cleanup.sql")); // a run stopped between the two
      }
      execute(c, resource("write-setup.sql"));
      try {
        Map<String, String> values =
            Map.of(
                "clients", Integer.toString(CLIENTS),
                "smsConversations", Integer.toString(contacts / 4),
                "statusTargets", Long.toString(count(c, "bench_floor_status_targets")));
        List<Script> scripts =
            List.of(
                new Script("B3 send (SMS)", Sends.NAME, "–", fill("send-sms.sql", values)),
                new Script(
                    "B4 Twilio status callback",
                    StatusCallbacks.TWILIO,
                    "–",
                    fill("twilio-status.sql", values)));
        return run(scripts, db.name(), seconds, workDir);
      } finally {
        execute(c, resource("write-cleanup.sql"));
      }
    }
  }

  /** A script of {@code floors/} with its {@code ${name}} placeholders filled in. */
  static String fill(String file, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(resource(file));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for ${" + m.group(1) + "} in " + file);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  static String resource(String file) {
    try (InputStream in = Floors.class.getResourceAsStream("/floors/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no floors/" + file + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the statements of {@code sql} one by one (VACUUM cannot share a transaction). */
  private static void execute(Connection c, String sql) throws SQLException {
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      for (String statement : sql.split(";\\s*\n")) {
        String body = statement.replaceAll("(?m)^\\s*--.*$", "").strip();
        if (!body.isEmpty()) {
          s.execute(body);
        }
      }
    }
  }

  private static boolean exists(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static List<Floor> run(List<Script> scripts, String database, int seconds, Path workDir)
      throws IOException, InterruptedException {
    List<Floor> floors = new ArrayList<>();
    Files.createDirectories(workDir);
    int n = 0;
    for (Script script : scripts) {
      Path file = workDir.resolve("floor-" + (++n) + ".sql");
      Files.writeString(file, script.sql());
      Process p =
          new ProcessBuilder(
                  "pgbench",
                  "-n",
                  "-h",
                  "127.0.0.1",
                  "-U",
                  "postgres",
                  "-c",
                  Integer.toString(CLIENTS),
                  "-j",
                  "2",
                  "-T",
                  Integer.toString(seconds),
                  "-D",
                  "k=0",
                  "-f",
                  file.toString(),
                  database)
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes());
      p.waitFor(seconds + 60L, TimeUnit.SECONDS);
      floors.add(parse(script, out));
    }
    return floors;
  }

  /** pgbench's summary: tps and average latency, or the whole output as the error. */
  static Floor parse(Script script, String out) {
    Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
    Matcher lat = Pattern.compile("latency average = ([0-9.]+) ms").matcher(out);
    Matcher failed = Pattern.compile("number of failed transactions: (\\d+)").matcher(out);
    long failures = failed.find() ? Long.parseLong(failed.group(1)) : 0;
    boolean aborted = out.contains("aborted");
    if (tps.find() && !aborted) {
      return new Floor(
          script,
          Double.parseDouble(tps.group(1)),
          lat.find() ? Double.parseDouble(lat.group(1)) : Double.NaN,
          failures,
          null);
    }
    return new Floor(script, Double.NaN, Double.NaN, failures, out.strip());
  }
}
