package dev.chatinbox.core.application.view;

import java.util.UUID;

/** One phone number of a contact. */
public record PhoneView(UUID id, String phone, boolean primary) {}
