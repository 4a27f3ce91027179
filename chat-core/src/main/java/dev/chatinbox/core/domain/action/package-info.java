/**
 * Manual actions (spec 8): a task a person has to carry out for a conversation outside the inbox,
 * with its status (pending, completed, failed) and an optional assignee.
 */
package dev.chatinbox.core.domain.action;
