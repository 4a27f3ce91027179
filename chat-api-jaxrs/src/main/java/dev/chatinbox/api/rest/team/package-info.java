/** Teams (#18): read by every inbox user, managed by ADMIN. */
package dev.chatinbox.api.rest.team;
