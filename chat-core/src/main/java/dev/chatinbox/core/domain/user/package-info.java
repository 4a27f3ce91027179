/** Team members (users) who work the inbox, provisioned from their JWT on first use. */
package dev.chatinbox.core.domain.user;
