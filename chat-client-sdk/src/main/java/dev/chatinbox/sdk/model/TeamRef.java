package dev.chatinbox.sdk.model;

/** The team a conversation is assigned to. */
public record TeamRef(String id, String name) {}
