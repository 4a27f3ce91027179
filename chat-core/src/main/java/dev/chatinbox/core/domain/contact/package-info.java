/**
 * Contacts (the people the team talks to) with their emails, phones, owner, followers, tags and
 * do-not-disturb settings. All of these belong to the contact, not to a conversation.
 */
package dev.chatinbox.core.domain.contact;
