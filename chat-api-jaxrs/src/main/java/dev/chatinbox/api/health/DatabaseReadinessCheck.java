package dev.chatinbox.api.health;

import dev.chatinbox.api.lifecycle.StartupTasks;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when start-up finished and the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/chat")
  private DataSource dataSource;

  private StartupTasks startup;

  protected DatabaseReadinessCheck() {}

  @Inject
  public DatabaseReadinessCheck(StartupTasks startup) {
    this.startup = startup;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    if (!startup.ready()) {
      return response.down().withData("reason", "starting").build();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(TIMEOUT_SECONDS);
      return response
          .status(valid)
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .build();
    } catch (SQLException e) {
      return response.down().withData("reason", "no connection: " + e.getSQLState()).build();
    }
  }
}
