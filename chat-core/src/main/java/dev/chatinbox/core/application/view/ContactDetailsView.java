package dev.chatinbox.core.application.view;

import java.util.List;
import java.util.Optional;

/**
 * Everything the inbox shows about a contact, seen from one conversation ({@code dnd} is the
 * do-not-disturb setting of that conversation's channel). {@code fullName} and {@code title} are
 * our additions to the spec's ContactDetailOutput (they can be corrected through it).
 */
public record ContactDetailsView(
    String fullName,
    Optional<String> title,
    Optional<String> email,
    List<EmailView> emails,
    Optional<String> phone,
    List<PhoneView> phones,
    Optional<PersonView> owner,
    List<PersonView> followers,
    List<String> tags,
    List<AutomationView> automations,
    boolean dnd,
    boolean dndAll) {}
