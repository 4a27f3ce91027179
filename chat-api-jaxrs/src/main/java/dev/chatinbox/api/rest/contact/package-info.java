/**
 * Spec section 3 (the contact of a conversation) and the contact directory a UI needs to start one.
 */
package dev.chatinbox.api.rest.contact;
