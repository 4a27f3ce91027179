/** Spec section 2: a conversation's messages. */
package dev.chatinbox.api.rest.message;
