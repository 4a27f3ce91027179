package dev.chatinbox.core.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.support.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Totals of paged lists on real databases: small results counted, large ones estimated on
 * PostgreSQL (and counted on the embedded H2), remembered per query and values.
 */
class PageTotalsTest {
  private static final String FROM = " FROM page_totals_probe p";

  private static void createProbe(TestDatabase db, int rows, boolean analyze) throws Exception {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE page_totals_probe (n INT NOT NULL)");
      s.execute(
          "INSERT INTO page_totals_probe (n) SELECT x FROM "
              + (analyze
                  ? "generate_series(1, " + rows + ") x"
                  : "SYSTEM_RANGE(1, " + rows + ") r(x)"));
      if (analyze) {
        s.execute("ANALYZE page_totals_probe");
      }
    }
  }

  private static void addRows(TestDatabase db, int rows) throws Exception {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO page_totals_probe (n) SELECT 100000 + x FROM generate_series(1, "
              + rows
              + ") x");
    }
  }

  private static PageTotals.Total below(PageTotals totals, EntityManager em, int n) {
    return totals.of(NativeRows.of(em), FROM, new SqlWhere().and("p.n <= ?", n));
  }

  @Test
  void postgresCountsSmallResultsAndEstimatesLargeOnesRememberingThem() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      createProbe(db, 5000, true);
      EntityManager em = db.emf().createEntityManager();
      PageTotals totals = new PageTotals(100, 60);

      assertEquals(new PageTotals.Total(40, true), below(totals, em, 40));
      assertEquals(new PageTotals.Total(100, true), below(totals, em, 100), "the limit itself");

      PageTotals.Total large = below(totals, em, 4000);
      assertFalse(large.exact());
      assertTrue(
          large.value() > 2000 && large.value() < 8000,
          "the planner's estimate from the statistics: " + large);

      addRows(db, 3000); // not in the statistics, and the estimate is remembered anyway
      assertEquals(large, below(totals, em, 4000), "remembered for the same query and values");
      assertEquals(
          new PageTotals.Total(50, true), below(totals, em, 50), "other values: counted again");
      em.close();
    }
  }

  @Test
  void withoutMemoryEveryLargeTotalIsComputedAgain() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      createProbe(db, 500, true);
      EntityManager em = db.emf().createEntityManager();
      PageTotals totals = new PageTotals(10, 0);
      PageTotals.Total before = totals.of(NativeRows.of(em), FROM, new SqlWhere());
      assertFalse(before.exact());
      assertTrue(before.value() >= 11, "never below what the bounded count saw: " + before);
      em.close();
    }
  }

  @Test
  void embeddedDatabaseCountsLargeResultsExactly() throws Exception {
    try (TestDatabase db = TestDatabase.h2()) {
      createProbe(db, 700, false);
      EntityManager em = db.emf().createEntityManager();
      PageTotals totals = new PageTotals(100, 60);
      assertEquals(new PageTotals.Total(30, true), below(totals, em, 30));
      assertEquals(new PageTotals.Total(650, true), below(totals, em, 650));
      em.close();
    }
  }
}
