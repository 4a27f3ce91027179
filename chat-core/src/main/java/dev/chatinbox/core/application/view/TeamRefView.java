package dev.chatinbox.core.application.view;

import java.util.UUID;

/** A team as a conversation shows it: {@code {id, name}}. */
public record TeamRefView(UUID id, String name) {}
