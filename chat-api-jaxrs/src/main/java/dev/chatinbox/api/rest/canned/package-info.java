/** Canned replies (issue #18): the team's and each user's ready answers, and their rendering. */
package dev.chatinbox.api.rest.canned;
