/**
 * Chat Inbox core: the domain model, the use cases and their persistence. Knows nothing of HTTP.
 *
 * <p>Exported: the domain and application packages other modules build on and the ports ({@code
 * spi}) — no infrastructure package: the server starts through {@code application.startup}, and JPA
 * and CDI reach the adapters reflectively (qualified {@code opens}, bean discovery).
 */
module dev.chatinbox.core {
  requires transitive jakarta.persistence;
  requires transitive jakarta.cdi;
  requires jakarta.inject;
  requires jakarta.transaction;
  requires jakarta.json;
  requires transitive java.sql;
  requires java.logging;
  requires microprofile.config.api;
  requires flyway.core;
  requires owasp.java.html.sanitizer;
  requires com.google.i18n.phonenumbers.libphonenumber;
  // Carrier SDKs (automatic modules). sendgrid-java is not required here: its jar and its
  // java-http-client dependency both hold package com.sendgrid (a split package the module system
  // rejects), so both stay on the class path and this module reads it (--add-reads
  // dev.chatinbox.core=ALL-UNNAMED in chat-core/pom.xml). Liberty runs the application in the
  // unnamed module either way.
  requires twilio;
  requires org.apache.httpcomponents.client5.httpclient5;
  requires org.apache.httpcomponents.core5.httpcore5;
  requires org.apache.httpcomponents.httpclient;
  requires microprofile.fault.tolerance.api;
  requires redis.clients.jedis;
  requires static org.eclipse.persistence.core;

  exports dev.chatinbox.core.domain.shared;
  exports dev.chatinbox.core.domain.user;
  exports dev.chatinbox.core.domain.contact;
  exports dev.chatinbox.core.domain.conversation;
  exports dev.chatinbox.core.domain.message;
  exports dev.chatinbox.core.domain.outbox;
  exports dev.chatinbox.core.domain.action;
  exports dev.chatinbox.core.domain.change;
  exports dev.chatinbox.core.domain.webhook;
  exports dev.chatinbox.core.application.access;
  exports dev.chatinbox.core.application.action;
  exports dev.chatinbox.core.application.contact;
  exports dev.chatinbox.core.application.conversation;
  exports dev.chatinbox.core.application.delivery;
  exports dev.chatinbox.core.application.inbound;
  exports dev.chatinbox.core.application.messaging;
  exports dev.chatinbox.core.application.outbox;
  exports dev.chatinbox.core.application.realtime;
  exports dev.chatinbox.core.application.user;
  exports dev.chatinbox.core.application.view;
  exports dev.chatinbox.core.application.webhook;
  exports dev.chatinbox.core.spi;
  exports dev.chatinbox.core.spi.carrier;
  exports dev.chatinbox.core.application.startup;

  uses dev.chatinbox.core.spi.DevelopmentKey;

  provides dev.chatinbox.core.spi.DevelopmentKey with
      dev.chatinbox.core.infrastructure.devauth.DevSigningKeyProvider;

  opens dev.chatinbox.core.domain.user to
      eclipselink;
  opens dev.chatinbox.core.domain.contact to
      eclipselink;
  opens dev.chatinbox.core.domain.conversation to
      eclipselink;
  opens dev.chatinbox.core.domain.message to
      eclipselink;
  opens dev.chatinbox.core.domain.outbox to
      eclipselink;
  opens dev.chatinbox.core.domain.action to
      eclipselink;
  opens dev.chatinbox.core.infrastructure.persistence to
      eclipselink;
}
