package dev.chatinbox.core.domain.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Ids;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A contact's rules: exactly one primary email and phone mirrored by primaryEmail()/primaryPhone(),
 * no duplicate addresses, trimmed case-insensitively unique tags, idempotent follows,
 * do-not-disturb per channel or for all, and a required name.
 */
class ContactTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private static Contact contact() {
    return new Contact(Ids.newId(), "Maria Garcia", NOW);
  }

  private static void assertOnePrimaryEmail(Contact contact, String expected) {
    List<ContactEmail> primaries = contact.emails().stream().filter(ContactEmail::primary).toList();
    assertEquals(1, primaries.size(), "primary emails");
    assertEquals(expected, primaries.get(0).email());
    assertEquals(expected, contact.primaryEmail());
  }

  private static void assertOnePrimaryPhone(Contact contact, String expected) {
    List<ContactPhone> primaries = contact.phones().stream().filter(ContactPhone::primary).toList();
    assertEquals(1, primaries.size(), "primary phones");
    assertEquals(expected, primaries.get(0).phone());
    assertEquals(expected, contact.primaryPhone());
  }

  @Test
  void newContactHasNoAddressesOwnerOrTags() {
    UUID id = Ids.newId();
    Contact contact = new Contact(id, "Maria Garcia", NOW);
    assertEquals(id, contact.id());
    assertEquals("Maria Garcia", contact.fullName());
    assertEquals(NOW, contact.createdAt());
    assertNull(contact.primaryEmail());
    assertNull(contact.primaryPhone());
    assertEquals(List.of(), contact.emails());
    assertEquals(List.of(), contact.phones());
    assertEquals(List.of(), contact.tags());
    assertEquals(Optional.empty(), contact.ownerId());
    assertEquals(Set.of(), contact.followerIds());
    assertFalse(contact.dndAll());
  }

  @Test
  void nameIsTrimmed() {
    assertEquals("Maria Garcia", new Contact(Ids.newId(), "  Maria Garcia \t", NOW).fullName());
  }

  @Test
  void nameMayHave200Characters() {
    String name = "x".repeat(Contact.MAX_NAME_LENGTH);
    assertEquals(name, new Contact(Ids.newId(), name, NOW).fullName());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\t\n"})
  void nameIsRequired(String name) {
    assertThrows(IllegalArgumentException.class, () -> new Contact(Ids.newId(), name, NOW));
  }

  @Test
  void nameOfMoreThan200CharactersIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> new Contact(Ids.newId(), "x".repeat(201), NOW));
  }

  @Test
  void idIsRequired() {
    assertThrows(NullPointerException.class, () -> new Contact(null, "Maria Garcia", NOW));
  }

  @Test
  void firstEmailBecomesPrimaryEvenWhenNotAskedFor() {
    Contact contact = contact();
    contact.addEmail("maria@example.com", false, NOW);
    assertOnePrimaryEmail(contact, "maria@example.com");
    contact.addEmail("maria.garcia@work.example", false, NOW);
    assertOnePrimaryEmail(contact, "maria@example.com");
    assertEquals(2, contact.emails().size());
  }

  @Test
  void addingAPrimaryEmailMovesTheFlag() {
    Contact contact = contact();
    contact.addEmail("a@example.com", true, NOW);
    contact.addEmail("b@example.com", false, NOW);
    contact.addEmail("c@example.com", true, NOW);
    assertOnePrimaryEmail(contact, "c@example.com");
    contact.addEmail("a@example.com", true, NOW); // existing address made primary again
    assertOnePrimaryEmail(contact, "a@example.com");
    assertEquals(3, contact.emails().size());
  }

  @Test
  void addingAnExistingEmailDoesNotDuplicateIt() {
    Contact contact = contact();
    ContactEmail first = contact.addEmail("maria@example.com", true, NOW);
    contact.addEmail("other@example.com", false, NOW);
    ContactEmail again = contact.addEmail("maria@example.com", false, NOW);
    assertSame(first, again);
    assertEquals(
        List.of("maria@example.com", "other@example.com"),
        contact.emails().stream().map(ContactEmail::email).toList());
    assertOnePrimaryEmail(contact, "maria@example.com");
    contact.addEmail("other@example.com", false, NOW);
    assertOnePrimaryEmail(contact, "maria@example.com");
    assertEquals(contact.id(), again.contactId());
  }

  @Test
  void firstPhoneBecomesPrimaryAndPrimaryMoves() {
    Contact contact = contact();
    contact.addPhone("+14155550101", false, NOW);
    assertOnePrimaryPhone(contact, "+14155550101");
    contact.addPhone("+14155550102", false, NOW);
    assertOnePrimaryPhone(contact, "+14155550101");
    contact.addPhone("+14155550102", true, NOW);
    assertOnePrimaryPhone(contact, "+14155550102");
    contact.addPhone("+447700900123", true, NOW);
    assertOnePrimaryPhone(contact, "+447700900123");
    contact.addPhone("+14155550101", true, NOW);
    assertOnePrimaryPhone(contact, "+14155550101");
    assertEquals(3, contact.phones().size());
  }

  @Test
  void addingAnExistingPhoneDoesNotDuplicateIt() {
    Contact contact = contact();
    ContactPhone first = contact.addPhone("+14155550101", false, NOW);
    assertSame(first, contact.addPhone("+14155550101", false, NOW));
    assertSame(first, contact.addPhone("+14155550101", true, NOW));
    assertEquals(1, contact.phones().size());
    assertOnePrimaryPhone(contact, "+14155550101");
  }

  @Test
  void emailsAndPhonesAreIndependent() {
    Contact contact = contact();
    contact.addPhone("+14155550101", true, NOW);
    contact.addEmail("maria@example.com", false, NOW);
    assertOnePrimaryPhone(contact, "+14155550101");
    assertOnePrimaryEmail(contact, "maria@example.com");
  }

  @Test
  void addressListsAreReadOnlyCopies() {
    Contact contact = contact();
    contact.addEmail("maria@example.com", true, NOW);
    assertThrows(UnsupportedOperationException.class, () -> contact.emails().clear());
    assertThrows(UnsupportedOperationException.class, () -> contact.phones().clear());
    assertThrows(UnsupportedOperationException.class, () -> contact.followerIds().clear());
    assertEquals(1, contact.emails().size());
  }

  @Test
  void tagsAreTrimmedAndUniqueIgnoringCaseKeepingTheFirstSpelling() {
    Contact contact = contact();
    contact.tag("  VIP ", NOW);
    contact.tag("vip", NOW);
    contact.tag("Vip", NOW);
    contact.tag(" vIp\t", NOW);
    assertEquals(List.of("VIP"), contact.tags());
  }

  @Test
  void tagsAcceptUpTo50Characters() {
    Contact contact = contact();
    String longest = "t".repeat(50);
    contact.tag("  " + longest + "  ", NOW); // spaces do not count
    assertEquals(List.of(longest), contact.tags());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t \n"})
  void blankTagsAreRejected(String label) {
    Contact contact = contact();
    assertThrows(IllegalArgumentException.class, () -> contact.tag(label, NOW));
    assertEquals(List.of(), contact.tags());
  }

  @Test
  void tagsOfMoreThan50CharactersAreRejected() {
    Contact contact = contact();
    assertThrows(IllegalArgumentException.class, () -> contact.tag("t".repeat(51), NOW));
    assertEquals(List.of(), contact.tags());
  }

  /** Before a reload too: {@code @OrderBy("key")} only orders what the database returns. */
  @Test
  void tagsAreListedAlphabeticallyIgnoringCase() {
    Contact contact = contact();
    contact.tag("VIP", NOW);
    contact.tag("renewal", NOW);
    contact.tag("Lead", NOW);
    assertEquals(List.of("Lead", "renewal", "VIP"), contact.tags());
  }

  @Test
  void followingTwiceIsANoOp() {
    Contact contact = contact();
    UUID bob = Ids.newId();
    UUID carol = Ids.newId();
    contact.follow(bob, NOW);
    contact.follow(bob, NOW);
    contact.follow(carol, NOW);
    assertEquals(Set.of(bob, carol), contact.followerIds());
  }

  @Test
  void ownerIsAssignedAndCleared() {
    Contact contact = contact();
    UUID bob = Ids.newId();
    contact.assignOwner(bob, NOW);
    assertEquals(Optional.of(bob), contact.ownerId());
    contact.assignOwner(null, NOW);
    assertEquals(Optional.empty(), contact.ownerId());
  }

  @Test
  void enrollingTwiceIsANoOp() {
    Contact contact = contact();
    UUID automation = Ids.newId();
    contact.enrol(automation, NOW);
    contact.enrol(automation, NOW);
    assertEquals(Set.of(automation), contact.automationIds());
  }

  @Test
  void describeSetsTheProfileFields() {
    Contact contact = contact();
    contact.describe("mgarcia", "Head of Purchasing", "https://example.com/maria", NOW);
    assertEquals("mgarcia", contact.username());
    assertEquals("Head of Purchasing", contact.title());
    assertEquals("https://example.com/maria", contact.profileUrl());
  }

  @ParameterizedTest
  @EnumSource(Channel.class)
  void nobodyIsDisturbedByDefault(Channel channel) {
    Contact contact = contact();
    assertFalse(contact.doNotDisturb(channel));
    assertFalse(contact.dndOn(channel));
  }

  @Test
  void doNotDisturbPerChannel() {
    Contact contact = contact();
    contact.setDnd(Channel.SMS, true, NOW);
    assertTrue(contact.doNotDisturb(Channel.SMS));
    assertTrue(contact.dndOn(Channel.SMS));
    assertFalse(contact.doNotDisturb(Channel.WHATSAPP));
    assertFalse(contact.doNotDisturb(Channel.EMAIL));
    contact.setDnd(Channel.SMS, true, NOW);
    contact.setDnd(Channel.SMS, false, NOW);
    assertFalse(contact.doNotDisturb(Channel.SMS));
    contact.setDnd(Channel.EMAIL, false, NOW); // was not set
    assertFalse(contact.doNotDisturb(Channel.EMAIL));
  }

  @Test
  void doNotDisturbAllCoversEveryChannelWithoutTouchingPerChannelFlags() {
    Contact contact = contact();
    contact.setDnd(Channel.SMS, true, NOW);
    contact.setDndAll(true, NOW);
    assertTrue(contact.dndAll());
    for (Channel channel : Channel.values()) {
      assertTrue(contact.doNotDisturb(channel), channel.wireName());
    }
    assertTrue(contact.dndOn(Channel.SMS));
    assertFalse(contact.dndOn(Channel.EMAIL), "dndOn ignores dndAll");
    contact.setDndAll(false, NOW);
    assertTrue(contact.doNotDisturb(Channel.SMS), "the per-channel flag survives");
    assertFalse(contact.doNotDisturb(Channel.WHATSAPP));
  }
}
