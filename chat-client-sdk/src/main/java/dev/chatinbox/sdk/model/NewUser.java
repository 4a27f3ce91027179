package dev.chatinbox.sdk.model;

import java.util.List;

/**
 * A user to create (admin only). {@code subject} is the token subject the user signs in with; the
 * server uses the username when it is null.
 */
public record NewUser(
    String username, String name, String email, List<String> roles, String subject) {}
