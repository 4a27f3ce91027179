package dev.chatinbox.core.application.view;

import dev.chatinbox.core.domain.user.Availability;
import java.util.UUID;

/** A member of a team, with whether they take new work. */
public record TeamMemberView(UUID id, String name, String username, Availability availability) {}
