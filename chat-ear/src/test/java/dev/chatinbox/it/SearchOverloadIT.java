package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #16: search can never take the rest of the API down. While as many searches as the search
 * bulkhead admits ({@code chat.search.max-concurrent}, 4) are held up in the database — by a lock
 * on the search table, as an overloaded database would hold them — every further search is answered
 * 503 with {@code Retry-After} at once, and a list request made meanwhile answers normally; once
 * the database lets them go, the held searches answer 200.
 */
class SearchOverloadIT {
  private static final String M = Seed.marker();
  private static final int ADMITTED = 4;
  private static final int REFUSED = 3;
  private static String token;
  private static ExecutorService pool;

  @BeforeAll
  static void seed() throws Exception {
    Instant now = Instant.now();
    try (Seed seed = new Seed()) {
      UUID me = seed.user("overload-" + M, "Overload " + M, "USER");
      UUID contact = seed.contact("Ottilie Overload", "+15035550166", null, me);
      UUID conversation = seed.conversation(contact, "SMS", 0, false, now);
      seed.message(conversation, "SMS", "contact", null, "Kumquat delivery", now, null);
    }
    token = Tokens.token("overload-" + M, "USER");
    pool = Executors.newFixedThreadPool(ADMITTED + REFUSED + 1);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  private static CompletableFuture<Timed> async(String path) {
    return CompletableFuture.supplyAsync(() -> timed(path), pool);
  }

  private static Timed timed(String path) {
    long start = System.nanoTime();
    Api.Response response = Api.get(path, token);
    return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
  }

  private record Timed(Api.Response response, Duration took) {}

  @Test
  void searchesBeyondTheBulkheadAre503AtOnceWhileAListAnswers() throws Exception {
    assertEquals(200, Api.get("/api/v1/conversations/search?q=kumquat", token).status());
    // a first round takes the refusal path through the JIT of a freshly started server; the
    // second is measured
    overload(false);
    overload(true);
    assertEquals(200, Api.get("/api/v1/conversations/search?q=kumquat", token).status());
  }

  private void overload(boolean measured) throws Exception {
    List<CompletableFuture<Timed>> held = new ArrayList<>();
    long locked;
    try (Connection db = DriverManager.getConnection(System.getProperty("it.pg.url"));
        Statement st = db.createStatement()) {
      db.setAutoCommit(false);
      st.execute("LOCK TABLE conversation_search IN ACCESS EXCLUSIVE MODE");
      locked = System.nanoTime();
      for (int i = 0; i < ADMITTED; i++) {
        held.add(async("/api/v1/conversations/search?q=kumquat"));
      }
      awaitWaiting(db, ADMITTED);

      List<CompletableFuture<Timed>> refused = new ArrayList<>();
      for (int i = 0; i < REFUSED; i++) {
        refused.add(async("/api/v1/conversations/search?q=delivery"));
      }
      Timed list = timed("/api/v1/conversations?pageSize=5");
      for (CompletableFuture<Timed> f : refused) {
        Timed t = f.get(10, TimeUnit.SECONDS);
        assertEquals(503, t.response().status(), t.response()::toString);
        assertEquals("1", t.response().header("Retry-After"));
        assertEquals("/problems/unavailable", t.response().json().getString("type"));
        assertTrue(
            t.response().contentType().startsWith("application/problem+json"),
            t.response().contentType());
        // at once: while the admitted searches are still held, and long before the search's own
        // time limit (2 s) could have answered it
        assertTrue(
            !measured || t.took().toMillis() < 1500, "refused at once, not queued: " + t.took());
      }
      assertEquals(200, list.response().status(), list.response()::toString);
      // answered while the admitted searches are still held (checked below): not behind them
      assertTrue(
          !measured || list.took().toMillis() < 5000, "the list is not held up: " + list.took());
      assertNotNull(list.response().data().getJsonArray("data"));
      for (CompletableFuture<Timed> f : held) {
        assertTrue(!f.isDone(), "the admitted searches are still held");
      }
      db.rollback(); // the database lets the held searches go
    }
    Duration lockHeld = Duration.ofNanos(System.nanoTime() - locked);
    for (CompletableFuture<Timed> f : held) {
      Timed t = f.get(10, TimeUnit.SECONDS);
      if (lockHeld.toMillis() < 1500) {
        assertEquals(200, t.response().status(), t.response()::toString);
      } else { // a slow machine: past the search's own time limit (2 s), the database gave up
        assertTrue(
            t.response().status() == 200 || t.response().status() == 503,
            lockHeld + " " + t.response());
      }
    }
  }

  /** Waits until {@code sessions} statements wait for a lock on the search table. */
  private static void awaitWaiting(Connection db, int sessions) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    int waiting = 0;
    while (System.nanoTime() < deadline) {
      try (Connection other = DriverManager.getConnection(System.getProperty("it.pg.url"));
          PreparedStatement st =
              other.prepareStatement(
                  "SELECT count(*) FROM pg_locks WHERE NOT granted"
                      + " AND relation = 'conversation_search'::regclass");
          ResultSet rs = st.executeQuery()) {
        rs.next();
        waiting = rs.getInt(1);
      }
      if (waiting >= sessions) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("searches waiting on the lock: " + waiting + " of " + sessions);
  }
}
