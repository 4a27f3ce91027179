/**
 * Private notes and their mentions (issue #18): a team member's note in a conversation's history,
 * the users it names, and each user's list of mentions.
 */
package dev.chatinbox.core.application.note;
