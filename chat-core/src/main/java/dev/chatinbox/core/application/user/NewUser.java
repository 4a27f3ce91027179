package dev.chatinbox.core.application.user;

import java.util.List;
import java.util.Optional;

/**
 * What an administrator gives to create a user ahead of their first sign-in.
 *
 * @param username unique, {@code [A-Za-z0-9._@-]{1,150}}
 * @param name display name, 1..200 characters
 * @param email optional address
 * @param avatar optional http(s) URL
 * @param roles the directory's roles: a non-empty subset of ADMIN, USER, CUST
 * @param subject the token {@code sub} the user will sign in with; the username when absent
 */
public record NewUser(
    String username,
    String name,
    Optional<String> email,
    Optional<String> avatar,
    List<String> roles,
    Optional<String> subject) {}
