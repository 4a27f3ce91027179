package dev.chatinbox.core.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * Makes the server's pooled data source (the persistence unit's {@code jta-data-source}) injectable
 * by constructor, for the read models' JDBC ({@link SqlReads}).
 *
 * <p>Unshareable: {@link SqlReads} takes a connection from it only outside a transaction, and gives
 * it back at once. A shareable handle closed outside a global transaction stays tied to the
 * thread's local transaction containment until that ends — for the real-time hub's long-running
 * task, one physical connection per read until the pool ran dry (Liberty J2CA0086I, a poll that
 * waited 30 s for a connection). Inside a transaction {@link SqlReads} uses the transaction's own
 * connection, never this.
 */
@ApplicationScoped
public class DataSourceProducer {
  /** JNDI name of the data source in server.xml. */
  public static final String JNDI_NAME = "jdbc/chat";

  @Produces
  @Resource(lookup = JNDI_NAME, shareable = false)
  private DataSource dataSource;
}
