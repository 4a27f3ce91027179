package dev.chatinbox.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own speed for the SQL behind B1 and B2, through {@code pgbench} with custom
 * scripts: the statements the repositories issue (JpaConversationRepository.list with the agent
 * visibility condition, JpaMessageRepository.history, both through NativePages: page with
 * LIMIT/OFFSET, then COUNT(*) unless page 1 holds everything) with the same parameters the API
 * scenarios use. Closed loop, 4 clients: a throughput ceiling, not a latency claim.
 */
final class Floors {
  /** One floor: what it runs and what pgbench measured. */
  record Floor(String name, String script, double tps, double latencyMs, String error) {}

  // pgbench variables are numbers: the seeded UUIDs (Seeder.id) are spelt out from the index
  private static final String USER_ID =
      "('be0c0100' || lpad(to_hex(:n), 8, '0') || '8000000000000000')::uuid";
  private static final String CONV_ID =
      "('be0c0300' || lpad(to_hex(:i), 8, '0') || '8000000000000000')::uuid";
  private static final String VISIBLE =
      "(ct.owner_id = "
          + USER_ID
          + " OR ct.owner_id IS NULL OR EXISTS (SELECT 1 FROM contact_followers f"
          + " WHERE f.contact_id = ct.id AND f.user_id = "
          + USER_ID
          + "))";
  private static final String AGENT = "\\set n random(1, " + (Seeder.USERS - 1) + ")\n";

  private Floors() {}

  /**
   * The scripts, by the API scenario they stand under: the statements the server sends per request
   * once a list's large total is remembered (PageTotals), i.e. the page query reading one row
   * beyond the page; message history also counts its (small) total with a bounded count.
   *
   * @param deepPosition the keyset position {@code ('<sort_at>', '<id>')} of a deep page
   * @param messageColumns the select list the server uses for messages (the columns it maps)
   */
  static Map<String, String> scripts(
      int contacts, int deepOffset, String deepBefore, String deepPosition, String messageColumns) {
    Map<String, String> s = new LinkedHashMap<>();
    String from = " FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE " + VISIBLE;
    String order = " ORDER BY c.sort_at DESC, c.id DESC LIMIT 21";
    s.put("B1 all, page 1", AGENT + "SELECT c.*" + from + order + " OFFSET 0;\n");
    s.put(
        "B1 all, deep page (OFFSET)",
        AGENT + "SELECT c.*" + from + order + " OFFSET " + deepOffset + ";\n");
    s.put(
        "B1 all, deep page (cursor)",
        AGENT
            + "SELECT c.*"
            + from
            + " AND ((c.sort_at, c.id) < "
            + deepPosition
            + ")"
            + order
            + " OFFSET 0;\n");
    s.put(
        "B1 unread, page 1",
        AGENT + "SELECT c.*" + from + " AND (c.unread_count > 0)" + order + " OFFSET 0;\n");
    s.put(
        "B2 newest page",
        "\\set i random(0, "
            + (contacts - 1)
            + ")\n"
            + "SELECT "
            + messageColumns
            + " FROM messages m WHERE (m.conversation_id = "
            + CONV_ID
            + ")"
            + " ORDER BY m.occurred_at DESC, m.id DESC LIMIT 21 OFFSET 0;\n"
            + "SELECT COUNT(*) FROM (SELECT 1 FROM messages m WHERE (m.conversation_id = "
            + CONV_ID
            + ") LIMIT 1001) b;\n");
    s.put(
        "B2 deep before=",
        "\\set k random(0, "
            + Math.max(0, contacts / 1000 - 1)
            + ")\n\\set i 7 + 1000 * :k\n"
            + "SELECT "
            + messageColumns
            + " FROM messages m WHERE (m.conversation_id = "
            + CONV_ID
            + ") AND (m.occurred_at < '"
            + deepBefore
            + "') ORDER BY m.occurred_at DESC, m.id DESC LIMIT 21 OFFSET 0;\n"
            + "SELECT COUNT(*) FROM (SELECT 1 FROM messages m WHERE (m.conversation_id = "
            + CONV_ID
            + ") AND (m.occurred_at < '"
            + deepBefore
            + "') LIMIT 1001) b;\n");
    return s;
  }

  static List<Floor> run(Map<String, String> scripts, String database, int seconds, Path workDir)
      throws IOException, InterruptedException {
    List<Floor> floors = new ArrayList<>();
    Files.createDirectories(workDir);
    int n = 0;
    for (Map.Entry<String, String> e : scripts.entrySet()) {
      Path script = workDir.resolve("floor-" + (++n) + ".sql");
      Files.writeString(script, e.getValue());
      Process p =
          new ProcessBuilder(
                  "pgbench",
                  "-n",
                  "-h",
                  "127.0.0.1",
                  "-U",
                  "postgres",
                  "-c",
                  "4",
                  "-j",
                  "2",
                  "-T",
                  Integer.toString(seconds),
                  "-f",
                  script.toString(),
                  database)
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes());
      p.waitFor(seconds + 60L, TimeUnit.SECONDS);
      Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
      Matcher lat = Pattern.compile("latency average = ([0-9.]+) ms").matcher(out);
      if (tps.find()) {
        floors.add(
            new Floor(
                e.getKey(),
                e.getValue(),
                Double.parseDouble(tps.group(1)),
                lat.find() ? Double.parseDouble(lat.group(1)) : Double.NaN,
                null));
      } else {
        floors.add(new Floor(e.getKey(), e.getValue(), Double.NaN, Double.NaN, out.strip()));
      }
    }
    return floors;
  }
}
