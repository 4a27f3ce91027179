package dev.chatinbox.api.rest.contact;

import dev.chatinbox.api.rest.common.JsonFields;
import dev.chatinbox.core.application.contact.ContactChanges;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * The PATCH body of a contact: through a conversation (spec 3.2) {@code fullName}, {@code title}
 * (string or null), {@code email}, {@code phone} (become primary), {@code ownerId} (user id or
 * null), {@code followers} (user ids, replace), {@code tags} (replace), {@code dnd}, {@code
 * dndAll}; in the directory the same without {@code dnd} (it needs a conversation's channel).
 * Anything else is a 400 naming it.
 */
final class ContactPatch {
  static final Set<String> DIRECTORY_FIELDS =
      Set.of("fullName", "title", "email", "phone", "ownerId", "followers", "tags", "dndAll");
  static final Set<String> CONVERSATION_FIELDS =
      Set.of(
          "fullName", "title", "email", "phone", "ownerId", "followers", "tags", "dnd", "dndAll");
  static final int MAX_ITEMS = 100;

  private ContactPatch() {}

  /** The body of {@code PATCH /conversations/{id}/contact}. */
  static ContactChanges parse(JsonValue json) {
    return parse(json, CONVERSATION_FIELDS);
  }

  /** The body of {@code PATCH /contacts/{id}}. */
  static ContactChanges parseDirectory(JsonValue json) {
    return parse(json, DIRECTORY_FIELDS);
  }

  private static ContactChanges parse(JsonValue json, Set<String> allowed) {
    JsonFields fields = JsonFields.of(json, allowed);
    ContactChanges changes =
        new ContactChanges(
            fields.string("fullName"),
            fields.nullableString("title"),
            fields.string("email"),
            fields.string("phone"),
            fields.nullableId("ownerId"),
            fields.ids("followers", MAX_ITEMS),
            fields.strings("tags", MAX_ITEMS),
            fields.bool("dnd"),
            fields.bool("dndAll"));
    fields.validate();
    return changes;
  }
}
