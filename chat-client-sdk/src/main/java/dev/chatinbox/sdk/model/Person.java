package dev.chatinbox.sdk.model;

/** A user as shown on a contact (owner, follower). */
public record Person(String id, String name, String username) {}
