package dev.chatinbox.core.domain.shared;

/**
 * One invalid input: which field (as the client named it) and why.
 *
 * @param field the request field or query parameter
 * @param message what is wrong with it, in words a client developer understands
 */
public record FieldViolation(String field, String message) {}
