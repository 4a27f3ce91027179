/** Messages of a conversation, their delivery status and carrier metadata. */
package dev.chatinbox.core.domain.message;
