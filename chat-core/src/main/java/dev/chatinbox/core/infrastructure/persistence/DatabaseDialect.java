package dev.chatinbox.core.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.sessions.Session;

/**
 * Which SQL dialect a query may use: PostgreSQL (full-text and trigram operators) or the portable
 * subset the embedded H2 understands. Read from the platform EclipseLink detected.
 */
enum DatabaseDialect {
  POSTGRESQL,
  PORTABLE;

  static DatabaseDialect of(EntityManager em) {
    Session session = em.unwrap(Session.class);
    return session != null && session.getPlatform() instanceof PostgreSQLPlatform
        ? POSTGRESQL
        : PORTABLE;
  }
}
