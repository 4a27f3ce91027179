/**
 * Private notes' mentions (issue #18): who a team member named with {@code @username} in a note,
 * and whether they have read it.
 */
package dev.chatinbox.core.domain.note;
