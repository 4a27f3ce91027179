package dev.chatinbox.sdk.model;

import java.util.List;

/**
 * The contact behind a conversation (spec 3.1): every email and phone (primary first), owner,
 * followers, tags and do-not-disturb flags.
 */
public record ContactDetails(
    String email,
    List<String> emails,
    String phone,
    List<String> phones,
    Person owner,
    List<Person> followers,
    List<String> tags,
    boolean dnd,
    boolean dndAll) {}
