package dev.chatinbox.core.support;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that records every prepared statement executed through it, with the values bound to
 * it (by {@code setObject}) in placeholder order: what JDBC code sent, for EXPLAIN in tests.
 */
public final class RecordingDataSource implements DataSource {
  /** A statement as executed: its SQL (JDBC {@code ?} placeholders) and values. */
  public record Executed(String sql, List<Object> values) {}

  private final DataSource target;
  private final List<Executed> executed = new CopyOnWriteArrayList<>();
  private final AtomicInteger taken = new AtomicInteger();
  private final AtomicInteger open = new AtomicInteger();

  public RecordingDataSource(DataSource target) {
    this.target = target;
  }

  public List<Executed> executed() {
    return List.copyOf(executed);
  }

  /** Connections taken since the last {@link #clear}. */
  public int connectionsTaken() {
    return taken.get();
  }

  /** Connections taken and not closed yet. */
  public int connectionsOpen() {
    return open.get();
  }

  public void clear() {
    executed.clear();
    taken.set(0);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return recording(target.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return recording(target.getConnection(user, password));
  }

  private Connection recording(Connection connection) {
    taken.incrementAndGet();
    open.incrementAndGet();
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                open.decrementAndGet();
              }
              Object result = invoke(connection, method, args);
              if (method.getName().equals("prepareStatement")
                  && result instanceof PreparedStatement statement) {
                return recording(statement, (String) args[0]);
              }
              return result;
            });
  }

  private PreparedStatement recording(PreparedStatement statement, String sql) {
    TreeMap<Integer, Object> values = new TreeMap<>();
    return (PreparedStatement)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            (proxy, method, args) -> {
              if (method.getName().equals("setObject")) {
                values.put((Integer) args[0], args[1]);
              }
              if (method.getName().startsWith("execute")) {
                executed.add(new Executed(sql, new ArrayList<>(values.values())));
              }
              return invoke(statement, method, args);
            });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target.isWrapperFor(iface);
  }
}
