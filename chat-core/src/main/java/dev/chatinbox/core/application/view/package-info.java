/**
 * Read models the use cases return: what a conversation, contact or message looks like to a reader.
 */
package dev.chatinbox.core.application.view;
