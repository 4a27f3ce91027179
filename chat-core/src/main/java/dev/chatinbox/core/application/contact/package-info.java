/**
 * Contacts: the directory (list, create, import), one contact's details (phones, emails, tags,
 * owner and followers, do-not-disturb) and the validation of their inputs.
 */
package dev.chatinbox.core.application.contact;
