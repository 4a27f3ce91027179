package dev.chatinbox.core.application.view;

import dev.chatinbox.core.domain.shared.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A contact as listed in the contact directory (no conversation context). */
public record ContactView(
    UUID id,
    String fullName,
    Optional<String> username,
    Optional<String> profile,
    Optional<String> title,
    Optional<String> email,
    Optional<String> phone,
    Optional<PersonView> owner,
    List<String> tags,
    List<Channel> dndChannels,
    boolean dndAll,
    Instant createdAt) {}
