/**
 * The team workflow (#18 part A): conversation status and snooze with their wake-ups, assignment to
 * an agent and a team, teams and their opt-in round-robin auto-assignment, and the activity entries
 * that record all of it in the conversation's timeline.
 */
package dev.chatinbox.core.application.workflow;
