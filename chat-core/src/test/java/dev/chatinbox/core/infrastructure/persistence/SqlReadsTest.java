package dev.chatinbox.core.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.RecordingDataSource;
import dev.chatinbox.core.support.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Where the read models' statements run (PostgreSQL): a read takes one connection for all its
 * statements and gives it back, a statement inside a transaction runs on the transaction's
 * connection and sees its unflushed writes, and numbered placeholders bind by their numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlReadsTest {
  private TestDatabase db;
  private InboxFixture f;
  private RecordingDataSource counted;
  private SqlReads reads;
  private EntityManager readEm;

  @BeforeAll
  void setUp() throws Exception {
    db = TestDatabase.postgres();
    f = new InboxFixture(db);
    readEm = db.emf().createEntityManager();
    counted = new RecordingDataSource(db.dataSource());
    reads = new SqlReads(readEm, counted);
  }

  @AfterAll
  void tearDown() throws Exception {
    readEm.close();
    f.close();
    db.close();
  }

  @Test
  void aReadRunsAllItsStatementsOnOneConnectionAndGivesItBack() {
    counted.clear();
    int sum =
        reads.within(
            () -> {
              int total = 0;
              for (int i = 1; i <= 5; i++) {
                total += ((Number) reads.single("SELECT ?1", List.of(i))).intValue();
              }
              return total;
            });
    assertEquals(15, sum);
    assertEquals(1, counted.connectionsTaken(), "one connection for the five statements");
    assertEquals(0, counted.connectionsOpen(), "given back after the read");
  }

  @Test
  void aStatementOutsideAReadTakesAndReturnsItsOwnConnection() {
    counted.clear();
    reads.single("SELECT 1", List.of());
    reads.single("SELECT 1", List.of());
    assertEquals(2, counted.connectionsTaken());
    assertEquals(0, counted.connectionsOpen());
  }

  @Test
  void aFailedReadStillGivesItsConnectionBack() {
    assertThrows(
        PersistenceException.class,
        () -> reads.within(() -> reads.rows("SELECT no_such_column FROM users", List.of())));
    assertEquals(0, counted.connectionsOpen());
  }

  @Test
  void insideATransactionAStatementSeesItsUnflushedWrites() {
    SqlReads inTransaction = new SqlReads(f.em, db.dataSource());
    long seen =
        f.tx(
            em -> {
              User user =
                  new User(
                      java.util.UUID.randomUUID(),
                      "ann",
                      "ann",
                      "Ann",
                      null,
                      java.util.Set.of(Role.USER),
                      InboxFixture.NOW);
              em.persist(user); // not flushed yet
              return ((Number)
                      inTransaction.single(
                          "SELECT COUNT(*) FROM users WHERE username = ?1", List.of("ann")))
                  .longValue();
            });
    assertEquals(1, seen);
  }

  @Test
  void numberedPlaceholdersBindByTheirNumbersAndMayRepeat() {
    List<Object> bind = new java.util.ArrayList<>();
    String sql = SqlReads.positional("SELECT ?2, ?1 WHERE ?2 = ?2 AND x = ?10", values(10), bind);
    assertEquals("SELECT ?, ? WHERE ? = ? AND x = ?", sql);
    assertEquals(List.of(2, 1, 2, 2, 10), bind);
    assertEquals("b", reads.single("SELECT CAST(?2 AS VARCHAR) WHERE ?1 = ?1", List.of("a", "b")));
  }

  private static List<Object> values(int n) {
    List<Object> values = new java.util.ArrayList<>();
    for (int i = 1; i <= n; i++) {
      values.add(i);
    }
    return values;
  }
}
