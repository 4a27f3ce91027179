/** Manual actions: tasks on a conversation, created, assigned, completed or failed by the team. */
package dev.chatinbox.core.application.action;
