package dev.chatinbox.sdk.model;

import java.util.List;

/** Changes to a user (admin only): every null field is left as it is. */
public record UserUpdate(String name, List<String> roles, Boolean active) {}
