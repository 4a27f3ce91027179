/** Value types and exceptions shared by every aggregate of the domain. */
package dev.chatinbox.core.domain.shared;
