package dev.chatinbox.core.application.view;

import java.util.UUID;

/** An automation a contact is enrolled in; status {@code active} or {@code paused}. */
public record AutomationView(UUID id, String name, String status) {}
