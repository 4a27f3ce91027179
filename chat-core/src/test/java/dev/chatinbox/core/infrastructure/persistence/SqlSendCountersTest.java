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
}
