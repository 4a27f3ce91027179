package dev.chatinbox.core.application.outbox;

/** CDI event fired when a message entered the outbox; observers run after the commit. */
public record OutboxWakeUp() {}
