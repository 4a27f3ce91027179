package dev.chatinbox.api.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Only a lost or refused database connection is an outage (503); other failures stay 500s. */
class DatabaseOutageTest {

  @Test
  void connectionFailuresAnywhereInTheChainAreAnOutage() {
    assertTrue(
        DatabaseOutage.causes(
            new PersistenceException(
                "EclipseLink-4002", new SQLException("Connection refused", "08001"))));
    assertTrue(DatabaseOutage.causes(new RuntimeException(new SQLException("lost", "08006"))));
    assertTrue(
        DatabaseOutage.causes(new SQLException("the database system is shutting down", "57P03")));
    assertTrue(DatabaseOutage.causes(new SQLException("terminating connection", "57P01")));
    assertTrue(DatabaseOutage.causes(new SQLTransientConnectionException("pool wait timed out")));
    assertTrue(DatabaseOutage.causes(new IllegalStateException(new ConnectException("refused"))));
    SQLException chained = new SQLException("batch failed", "XX000");
    chained.setNextException(new SQLException("connection closed", "08003"));
    assertTrue(DatabaseOutage.causes(chained));
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    assertFalse(
        DatabaseOutage.causes(
            new PersistenceException(new SQLException("duplicate key value", "23505"))));
    assertFalse(DatabaseOutage.causes(new SQLException("syntax error", "42601")));
    assertFalse(DatabaseOutage.causes(new SQLException("no state")));
    assertFalse(DatabaseOutage.causes(new IllegalStateException("boom")));
    assertFalse(DatabaseOutage.causes(null));
  }
}
