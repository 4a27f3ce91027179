package dev.chatinbox.core.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * Makes the server's pooled data source (the persistence unit's {@code jta-data-source}) injectable
 * by constructor, for the read models' JDBC ({@link SqlReads}).
 */
@ApplicationScoped
public class DataSourceProducer {
  /** JNDI name of the data source in server.xml. */
  public static final String JNDI_NAME = "jdbc/chat";

  @Produces
  @Resource(lookup = JNDI_NAME)
  private DataSource dataSource;
}
