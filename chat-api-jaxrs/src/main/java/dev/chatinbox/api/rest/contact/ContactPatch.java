package dev.chatinbox.api.rest.contact;

import dev.chatinbox.api.rest.common.JsonFields;
import dev.chatinbox.core.application.contact.ContactChanges;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * The PATCH body of a conversation's contact (spec 3.2): {@code email}, {@code phone} (become
 * primary), {@code ownerId} (user id or null), {@code followers} (user ids, replace), {@code tags}
 * (replace), {@code dnd}, {@code dndAll}. Anything else is a 400 naming it.
 */
final class ContactPatch {
  static final Set<String> FIELDS =
      Set.of("email", "phone", "ownerId", "followers", "tags", "dnd", "dndAll");
  static final int MAX_ITEMS = 100;

  private ContactPatch() {}

  static ContactChanges parse(JsonValue json) {
    JsonFields fields = JsonFields.of(json, FIELDS);
    ContactChanges changes =
        new ContactChanges(
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
