package dev.chatinbox.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B1: the conversation list as agents (the visibility rule applies): page 1 of each filter, a deep
 * page by {@code page=} (OFFSET) and the same depth by {@code cursor=}, and a search by last name.
 */
final class ConversationList {
  /** Page 1 of an agent's list: B1's main request (also warm-up, B6's background, wrk). */
  static final String PAGE_1 = "/api/v1/conversations?pageSize=20";

  static final String ALL_PAGE_1 = "B1 list all, page 1";
  static final String UNREAD_PAGE_1 = "B1 list unread, page 1";
  static final String SEARCH_PAGE_1 = "B1 list search=<last name>";
  static final String OPEN_MINE_PAGE_1 = "B1 list status=open&assignee=me, page 1";

  private static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");

  private final ScenarioRunner run;

  ConversationList(ScenarioRunner run) {
    this.run = run;
  }

  /**
   * The deep page: 250, or less on a small data set, where it must stay inside every agent's list
   * (an agent sees about a third of the conversations).
   */
  static int deepPage(Config cfg) {
    return Math.min(250, cfg.contacts() / 20 / 4);
  }

  /** The OFFSET of {@link #deepPage}. */
  static int deepOffset(Config cfg) {
    return (deepPage(cfg) - 1) * 20;
  }

  /** The name of the deep page's scenario by {@code page=}. */
  static String deep(int page) {
    return "B1 list all, deep page " + page;
  }

  /** The name of the deep page's scenario by {@code cursor=}. */
  static String deepByCursor(int page) {
    return deep(page) + " by cursor";
  }

  void run() throws Exception {
    Duration d = Duration.ofSeconds(run.cfg.variantSeconds());
    String target = "≥ 2500/s, p99 ≤ 50 ms";
    String[] names = TextGen.LAST;
    int deepPage = deepPage(run.cfg);
    run.simple(
        "B1 unloaded: list all, page 1 at 10/s",
        "p99 ≤ 50 ms",
        10,
        d,
        n -> run.get(PAGE_1, run.agent(n)).build());
    Map<String, LongFunction<String>> variants = new LinkedHashMap<>();
    variants.put(ALL_PAGE_1, n -> PAGE_1);
    variants.put(UNREAD_PAGE_1, n -> PAGE_1 + "&filter=unread");
    variants.put("B1 list starred, page 1", n -> PAGE_1 + "&filter=starred");
    variants.put("B1 list recents, page 1", n -> PAGE_1 + "&filter=recents");
    variants.put("B1 list channel=SMS, page 1", n -> PAGE_1 + "&channel=SMS");
    // the team workflow's "Mine" tab (#18)
    variants.put(OPEN_MINE_PAGE_1, n -> PAGE_1 + "&status=open&assignee=me");
    variants.put(deep(deepPage), n -> PAGE_1 + "&page=" + deepPage);
    List<String> cursors = deepCursors(8);
    variants.put(
        deepByCursor(deepPage),
        n -> PAGE_1 + "&page=" + deepPage + "&cursor=" + cursors.get((int) (n % cursors.size())));
    variants.put(
        SEARCH_PAGE_1,
        n -> PAGE_1 + "&search=" + names[(int) (n % names.length)].toLowerCase(Locale.ROOT));
    variants.forEach(
        (name, path) ->
            run.simple(
                name,
                target,
                run.cfg.rateB1(),
                d,
                n -> run.get(path.apply(n), run.agent(n)).build()));
  }

  /**
   * For the first {@code agents} agents (the ones {@link ScenarioRunner#agent(long)} gives for n =
   * 0, 1, …), the {@code meta.nextCursor} that leads to the deep page, found by walking the list by
   * cursor from page 1 as a client would.
   */
  private List<String> deepCursors(int agents) throws Exception {
    List<String> cursors = new ArrayList<>();
    for (int a = 0; a < agents; a++) {
      String cursor = null;
      for (int page = 1; page < deepPage(run.cfg); page++) {
        String path = PAGE_1 + "&page=" + page + (cursor == null ? "" : "&cursor=" + cursor);
        HttpResponse<String> r =
            run.http()
                .send(run.get(path, run.agent(a)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = NEXT_CURSOR.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
          throw new IllegalStateException(
              "no cursor after page " + page + " for agent " + (a + 1) + ": " + r.statusCode());
        }
        cursor = m.group(1);
      }
      cursors.add(cursor);
    }
    return cursors;
  }
}
