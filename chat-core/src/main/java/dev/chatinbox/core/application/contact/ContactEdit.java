package dev.chatinbox.core.application.contact;

import dev.chatinbox.core.application.access.TeamMembers;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A {@link ContactChanges} whose every field has been checked (a 400 naming each bad one, before
 * anything changes), ready to apply to the contact — through one of its conversations (spec 3.2) or
 * the contact directory.
 */
final class ContactEdit {
  private final ContactChanges changes;
  private final String fullName;
  private final Optional<Optional<String>> title;
  private final String email;
  private final String phone;
  private final Optional<List<String>> tags;
  private final Optional<Set<UUID>> followers;

  private ContactEdit(
      ContactChanges changes,
      String fullName,
      Optional<Optional<String>> title,
      String email,
      String phone,
      Optional<List<String>> tags,
      Optional<Set<UUID>> followers) {
    this.changes = changes;
    this.fullName = fullName;
    this.title = title;
    this.email = email;
    this.phone = phone;
    this.tags = tags;
    this.followers = followers;
  }

  /** Checks every field; throws one {@link InvalidInputException} naming all the bad ones. */
  static ContactEdit check(ContactChanges changes, TeamMembers team) {
    List<FieldViolation> violations = new ArrayList<>();
    String fullName =
        changes
            .fullName()
            .map(
                n -> ContactInputs.collect(violations, () -> ContactInputs.fullName("fullName", n)))
            .orElse(null);
    Optional<Optional<String>> title =
        changes
            .title()
            .map(
                t ->
                    t.map(
                        v ->
                            ContactInputs.collect(
                                violations, () -> ContactInputs.title("title", v))));
    String email =
        changes
            .email()
            .map(e -> ContactInputs.collect(violations, () -> ContactInputs.email("email", e)))
            .orElse(null);
    String phone =
        changes
            .phone()
            .map(p -> ContactInputs.collect(violations, () -> ContactInputs.phone("phone", p)))
            .orElse(null);
    var tags =
        changes
            .tags()
            .map(
                list ->
                    list.stream()
                        .map(
                            t ->
                                ContactInputs.collect(
                                    violations, () -> ContactInputs.tag("tags", t)))
                        .toList());
    if (tags.isPresent() && tags.get().size() > ContactInputs.MAX_TAGS) {
      violations.add(new FieldViolation("tags", "at most " + ContactInputs.MAX_TAGS + " tags"));
    }
    changes
        .owner()
        .flatMap(o -> o)
        .ifPresent(
            owner -> ContactInputs.collect(violations, () -> team.requireOwner("ownerId", owner)));
    var followers =
        changes
            .followers()
            .map(f -> ContactInputs.collect(violations, () -> team.requireActive("followers", f)));
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations.stream().distinct().toList());
    }
    return new ContactEdit(changes, fullName, title, email, phone, tags, followers);
  }

  /**
   * Applies the checked changes; {@code dnd} needs the channel of the conversation the contact is
   * changed through (the directory's parser never lets it through without one). A new address must
   * not belong to another contact ({@code addresses}: 409).
   */
  void applyTo(
      Contact contact, Optional<Channel> channel, AddressOwnership addresses, Instant now) {
    if (fullName != null) {
      contact.rename(fullName, now);
    }
    title.ifPresent(t -> contact.retitle(t.orElse(null), now));
    if (email != null) {
      addresses.requireEmailFree(email, Optional.of(contact.id()));
      contact.addEmail(email, true, now);
    }
    if (phone != null) {
      addresses.requirePhoneFree(phone, Optional.of(contact.id()));
      contact.addPhone(phone, true, now);
    }
    changes.owner().ifPresent(owner -> contact.assignOwner(owner.orElse(null), now));
    followers.ifPresent(f -> contact.replaceFollowers(f, now));
    tags.ifPresent(t -> contact.replaceTags(t, now));
    changes
        .dnd()
        .ifPresent(
            on ->
                contact.setDnd(
                    channel.orElseThrow(
                        () -> new InvalidInputException("dnd", "needs a conversation's channel")),
                    on,
                    now));
    changes.dndAll().ifPresent(on -> contact.setDndAll(on, now));
  }
}
