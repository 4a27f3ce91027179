package dev.chatinbox.core.application.view;

import java.util.UUID;

/** One email address of a contact. */
public record EmailView(UUID id, String email, boolean primary) {}
