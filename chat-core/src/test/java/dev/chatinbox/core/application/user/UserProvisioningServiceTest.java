package dev.chatinbox.core.application.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.user.DeactivatedUserException;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The identity cache: what a token resolved to is trusted for chat.users.cache-seconds, then read
 * again, so a deactivation made elsewhere takes effect within that time; a local change at once.
 */
class UserProvisioningServiceTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
  private final FakeRegistration registration = new FakeRegistration();

  private UserProvisioningService service(int cacheSeconds) {
    return new UserProvisioningService(
        registration, new UserDirectorySettings(cacheSeconds), clock);
  }

  private static TokenIdentity identity(String subject) {
    return new TokenIdentity(
        subject, Optional.of(subject), Optional.empty(), Optional.empty(), Set.of(Role.USER));
  }

  @Test
  void anIdentityIsRegisteredOnceWhileItsEntryIsFresh() {
    UserProvisioningService service = service(30);
    UUID first = service.userIdFor(identity("ann"));
    clock.advance(Duration.ofSeconds(29));
    assertEquals(first, service.userIdFor(identity("ann")));
    assertEquals(1, registration.calls);
  }

  @Test
  void anExpiredEntryIsReadAgain() {
    UserProvisioningService service = service(30);
    service.userIdFor(identity("ann"));
    clock.advance(Duration.ofSeconds(30));
    service.userIdFor(identity("ann"));
    assertEquals(2, registration.calls);
  }

  @Test
  void aDeactivationElsewhereTakesEffectWhenTheEntryExpires() {
    UserProvisioningService service = service(30);
    service.userIdFor(identity("ann"));
    registration.deactivated.add("ann"); // another node deactivated ann
    clock.advance(Duration.ofSeconds(10));
    service.userIdFor(identity("ann")); // still trusted
    clock.advance(Duration.ofSeconds(20));
    DeactivatedUserException refused =
        assertThrows(DeactivatedUserException.class, () -> service.userIdFor(identity("ann")));
    assertEquals(registration.idOf("ann"), refused.userId());
  }

  @Test
  void aDeactivatedUserIsRememberedSoTheirRequestsDoNotEachHitTheDatabase() {
    UserProvisioningService service = service(30);
    registration.deactivated.add("ann");
    assertThrows(DeactivatedUserException.class, () -> service.userIdFor(identity("ann")));
    assertThrows(DeactivatedUserException.class, () -> service.userIdFor(identity("ann")));
    assertEquals(1, registration.calls);
  }

  @Test
  void aLocalChangeIsAppliedAtOnce() {
    UserProvisioningService service = service(30);
    UUID ann = service.userIdFor(identity("ann"));
    UUID bob = service.userIdFor(identity("bob"));
    registration.deactivated.add("ann");
    service.onAccountChanged(new UserAccountChanged(ann));
    assertThrows(DeactivatedUserException.class, () -> service.userIdFor(identity("ann")));
    assertEquals(bob, service.userIdFor(identity("bob")), "others stay cached");
    assertEquals(3, registration.calls);

    registration.deactivated.remove("ann"); // reactivated here
    service.forget(ann);
    assertEquals(ann, service.userIdFor(identity("ann")));
  }

  @Test
  void everyTokenVariantOfAUserIsForgotten() {
    UserProvisioningService service = service(30);
    UUID ann = service.userIdFor(identity("ann"));
    TokenIdentity renamed =
        new TokenIdentity(
            "ann", Optional.of("ann"), Optional.of("Ann"), Optional.empty(), Set.of(Role.ADMIN));
    service.userIdFor(renamed);
    registration.deactivated.add("ann");
    service.forget(ann);
    assertThrows(DeactivatedUserException.class, () -> service.userIdFor(identity("ann")));
    assertThrows(DeactivatedUserException.class, () -> service.userIdFor(renamed));
  }

  @Test
  void zeroSecondsReadsTheUserOnEveryRequest() {
    UserProvisioningService service = service(0);
    service.userIdFor(identity("ann"));
    service.userIdFor(identity("ann"));
    assertEquals(2, registration.calls);
  }

  @Test
  void theCacheTimeIsBounded() {
    assertThrows(IllegalArgumentException.class, () -> new UserDirectorySettings(-1));
    assertThrows(IllegalArgumentException.class, () -> new UserDirectorySettings(3601));
    assertEquals(Duration.ofSeconds(45), new UserDirectorySettings(45).identityCacheTtl());
  }

  @Test
  void aBlankSubjectIsRefusedBeforeAnyLookup() {
    UserProvisioningService service = service(30);
    assertThrows(InvalidInputException.class, () -> service.userIdFor(identity(" ")));
    assertEquals(0, registration.calls);
  }

  /** Registration without a database: one id per subject, some subjects deactivated. */
  static final class FakeRegistration extends UserRegistration {
    final Map<String, UUID> ids = new HashMap<>();
    final Set<String> deactivated = new HashSet<>();
    int calls;

    UUID idOf(String subject) {
      return ids.computeIfAbsent(subject, s -> UUID.randomUUID());
    }

    @Override
    public UUID register(TokenIdentity identity) {
      calls++;
      UUID id = idOf(identity.subject());
      if (deactivated.contains(identity.subject())) {
        throw new DeactivatedUserException(id);
      }
      return id;
    }
  }
}
