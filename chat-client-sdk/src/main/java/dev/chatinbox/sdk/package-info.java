/**
 * The Chat Inbox client: build a {@link dev.chatinbox.sdk.ChatClient}, then call its operation
 * groups. Errors are {@link dev.chatinbox.sdk.ChatApiException}s carrying the server's problem+json
 * fields.
 */
package dev.chatinbox.sdk;
