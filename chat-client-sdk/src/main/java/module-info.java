/**
 * Java client for the Chat Inbox REST API: {@link dev.chatinbox.sdk.ChatClient} and its operation
 * groups. The low-level client generated from the server's OpenAPI document lives in {@code
 * dev.chatinbox.sdk.internal.generated} and is not exported, so it can be regenerated freely.
 */
module dev.chatinbox.sdk {
  requires java.net.http;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static jakarta.annotation;

  exports dev.chatinbox.sdk;
  exports dev.chatinbox.sdk.model;

  // Jackson reads and writes the generated models reflectively; callers may serialise ours.
  opens dev.chatinbox.sdk.internal.generated.model to
      com.fasterxml.jackson.databind;
  opens dev.chatinbox.sdk.model to
      com.fasterxml.jackson.databind;
}
