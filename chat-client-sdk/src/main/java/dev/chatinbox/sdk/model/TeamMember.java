package dev.chatinbox.sdk.model;

/** A member of a team, with their availability ({@code online}, {@code busy}, {@code offline}). */
public record TeamMember(String id, String name, String username, String availability) {}
