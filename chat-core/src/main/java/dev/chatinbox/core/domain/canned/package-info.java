/**
 * Canned replies (issue #18): short texts a team answers common questions with, shared by the team
 * or personal to one user, with the variables they may name.
 */
package dev.chatinbox.core.domain.canned;
