package dev.chatinbox.sdk.model;

import java.util.List;

/** A team member (spec 7.1); {@code roles} among ADMIN, USER, CUST. */
public record User(
    String id, String name, String username, String email, List<String> roles, boolean active) {}
