/** JPA (EclipseLink) implementations of the domain repositories, and attribute converters. */
package dev.chatinbox.core.infrastructure.persistence;
