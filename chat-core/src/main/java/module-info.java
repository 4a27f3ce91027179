/**
 * Chat Inbox core: the domain model, the use cases and their persistence. Knows nothing of HTTP.
 *
 * <p>Exported: the domain and application packages other modules build on, plus the few
 * infrastructure entry points the server starts (schema migration, demo data, development key). JPA
 * and CDI reach the rest reflectively through qualified {@code opens}.
 */
module dev.chatinbox.core {
  requires transitive jakarta.persistence;
  requires transitive jakarta.cdi;
  requires jakarta.inject;
  requires jakarta.transaction;
  requires transitive java.sql;
  requires java.logging;
  requires microprofile.config.api;
  requires flyway.core;
  requires static org.eclipse.persistence.core;

  exports dev.chatinbox.core.domain.shared;
  exports dev.chatinbox.core.domain.user;
  exports dev.chatinbox.core.domain.contact;
  exports dev.chatinbox.core.domain.conversation;
  exports dev.chatinbox.core.domain.message;
  exports dev.chatinbox.core.application;
  exports dev.chatinbox.core.application.view;
  exports dev.chatinbox.core.infrastructure.persistence.migration;
  exports dev.chatinbox.core.infrastructure.demo;
  exports dev.chatinbox.core.infrastructure.devauth;

  opens dev.chatinbox.core.domain.user to
      eclipselink;
  opens dev.chatinbox.core.domain.contact to
      eclipselink;
  opens dev.chatinbox.core.domain.conversation to
      eclipselink;
  opens dev.chatinbox.core.domain.message to
      eclipselink;
  opens dev.chatinbox.core.infrastructure.persistence to
      eclipselink;
}
