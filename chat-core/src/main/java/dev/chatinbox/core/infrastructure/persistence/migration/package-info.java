/** Flyway schema migrations, found through an index instead of class-path scanning. */
package dev.chatinbox.core.infrastructure.persistence.migration;
