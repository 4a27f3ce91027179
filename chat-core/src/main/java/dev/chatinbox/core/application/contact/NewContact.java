package dev.chatinbox.core.application.contact;

import java.util.Optional;
import java.util.UUID;

/** What a caller gives to create a contact; at least a phone or an email is needed. */
public record NewContact(
    String fullName,
    Optional<String> email,
    Optional<String> phone,
    Optional<String> username,
    Optional<String> title,
    Optional<String> profile,
    Optional<UUID> ownerId) {}
