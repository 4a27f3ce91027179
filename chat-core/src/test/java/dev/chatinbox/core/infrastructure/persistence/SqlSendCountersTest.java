package dev.chatinbox.core.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.TestDatabase;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared send counters on both databases the server runs on (the embedded one serves the
 * zero-setup start): a period's first send inserts its row, later ones add to it, scopes and
 * periods count apart, and past periods are pruned.
 */
class SqlSendCountersTest {
  private static final Instant MINUTE = Instant.parse("2026-12-03T10:15:00Z");

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void countsPerScopeAndPeriodAndPrunesPastPeriods(String kind) throws Exception {
    try (TestDatabase db = kind.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres();
        InboxFixture f = new InboxFixture(db)) {
      SqlSendCounters counters = new SqlSendCounters(f.em);
      assertEquals(1, (int) f.tx(em -> counters.increment("user-minute:a", MINUTE)));
      assertEquals(2, (int) f.tx(em -> counters.increment("user-minute:a", MINUTE)));
      assertEquals(1, (int) f.tx(em -> counters.increment("user-minute:b", MINUTE)));
      Instant next = MINUTE.plusSeconds(60);
      assertEquals(1, (int) f.tx(em -> counters.increment("user-minute:a", next)));
      assertEquals(
          2, (int) f.tx(em -> counters.pruneBefore(next)), "both counters of the past minute");
      assertEquals(2, (int) f.tx(em -> counters.increment("user-minute:a", next)));
    }
  }

  /**
   * As the send limit uses them, outside a transaction: each count is committed at once on a
   * connection of its own (another connection sees it), and a count taken back is gone.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void outsideATransactionEachCountIsCommittedAtOnce(String kind) throws Exception {
    try (TestDatabase db = kind.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres();
        InboxFixture f = new InboxFixture(db)) {
      SqlSendCounters counters = new SqlSendCounters(f.em, db.dataSource());
      assertEquals(1, counters.increment("user-minute:c", MINUTE));
      assertEquals(2, counters.increment("user-minute:c", MINUTE));
      assertEquals(2, committed(db, "user-minute:c"));
      counters.takeBack("user-minute:c", MINUTE);
      assertEquals(1, committed(db, "user-minute:c"));
      assertEquals(2, counters.increment("user-minute:c", MINUTE));
      assertEquals(1, counters.pruneBefore(MINUTE.plusSeconds(60)));
      assertEquals(0, committed(db, "user-minute:c"));
    }
  }

  /** The count as another connection sees it (0 when there is no row). */
  private static int committed(TestDatabase db, String scope) throws Exception {
    try (java.sql.Connection c = db.dataSource().getConnection();
        java.sql.PreparedStatement s =
            c.prepareStatement(
                "SELECT COALESCE(SUM(sends), 0) FROM send_counters WHERE scope = ?")) {
      s.setString(1, scope);
      try (java.sql.ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
