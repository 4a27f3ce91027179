package dev.chatinbox.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Build step before the test server starts: {@code CreateDatabase <admin JDBC URL> <name>}. */
public final class CreateDatabase {
  private CreateDatabase() {}

  public static void main(String[] args) throws SQLException {
    String name = args[1];
    if (!name.matches("[a-z0-9_]{1,63}")) {
      throw new IllegalArgumentException("Unsafe database name: " + name);
    }
    try (Connection admin = DriverManager.getConnection(args[0]);
        Statement st = admin.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      st.execute("CREATE DATABASE " + name);
    }
    System.out.println("Created integration-test database " + name);
  }
}
