/**
 * Sending and reading messages: the send use cases (SMS, WhatsApp, email, scheduled) and their
 * rules (recipients, lengths, the WhatsApp window, verified senders, attachment limits, sanitised
 * HTML), cancelling scheduled messages, message history, a message's carrier events and stored
 * attachments. A send stores the message and its outbox row in one transaction; handing it to the
 * carrier is the outbox's job ({@code application.outbox}).
 */
package dev.chatinbox.core.application.messaging;
