package dev.chatinbox.core.application.view;

import java.util.UUID;

/** A team member as shown beside a contact (owner, follower). */
public record PersonView(UUID id, String name, String username, String avatar) {}
