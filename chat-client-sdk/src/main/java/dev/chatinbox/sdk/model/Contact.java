package dev.chatinbox.sdk.model;

import java.time.Instant;
import java.util.List;

/** A contact of the directory ({@code GET /contacts}). */
public record Contact(
    String id,
    String fullName,
    String email,
    String phone,
    Person owner,
    List<String> tags,
    Instant createdAt) {}
