/**
 * Who may see and change what: the caller of a use case and the one access policy (visibility of
 * conversations, contacts and actions; roles), enforced here and nowhere else; checks that named
 * users are active team members.
 */
package dev.chatinbox.core.application.access;
