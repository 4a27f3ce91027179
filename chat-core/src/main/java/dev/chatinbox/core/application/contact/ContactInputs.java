package dev.chatinbox.core.application.contact;

import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactTag;
import dev.chatinbox.core.domain.contact.EmailAddresses;
import dev.chatinbox.core.domain.contact.PhoneNumbers;
import dev.chatinbox.core.domain.shared.InvalidInputException;

/** Turns raw contact input into domain values, or a 400 naming the field. */
final class ContactInputs {
  /** Most tags one contact may carry. */
  static final int MAX_TAGS = 100;

  private ContactInputs() {}

  static String email(String field, String raw) {
    return EmailAddresses.normalise(raw)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field, "must be a valid email address (at most 320 characters)"));
  }

  static String phone(String field, String raw) {
    return PhoneNumbers.normalise(raw)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field, "must be a phone number in E.164 form, e.g. +14155550101"));
  }

  static String tag(String field, String raw) {
    String trimmed = raw == null ? "" : raw.trim();
    if (trimmed.isEmpty() || trimmed.length() > ContactTag.MAX_LENGTH) {
      throw new InvalidInputException(
          field, "must be 1 to " + ContactTag.MAX_LENGTH + " characters");
    }
    return trimmed;
  }

  /** Runs a parse, recording its violations instead of throwing them; null when it failed. */
  static <T> T collect(
      java.util.List<dev.chatinbox.core.domain.shared.FieldViolation> violations,
      java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidInputException e) {
      violations.addAll(e.violations());
      return null;
    }
  }

  static String fullName(String field, String raw) {
    String trimmed = raw == null ? "" : raw.trim();
    if (trimmed.isEmpty() || trimmed.length() > Contact.MAX_NAME_LENGTH) {
      throw new InvalidInputException(
          field, "must be 1 to " + Contact.MAX_NAME_LENGTH + " characters");
    }
    return trimmed;
  }

  /** Most characters of a job title. */
  static final int MAX_TITLE = 200;

  static String title(String field, String raw) {
    String trimmed = raw == null ? "" : raw.trim();
    if (trimmed.isEmpty() || trimmed.length() > MAX_TITLE) {
      throw new InvalidInputException(field, "must be 1 to " + MAX_TITLE + " characters, or null");
    }
    return trimmed;
  }
}
