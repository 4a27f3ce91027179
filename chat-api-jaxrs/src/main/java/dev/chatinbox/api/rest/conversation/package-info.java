/** Spec section 1: the conversation list, one conversation, star/read, delete. */
package dev.chatinbox.api.rest.conversation;
