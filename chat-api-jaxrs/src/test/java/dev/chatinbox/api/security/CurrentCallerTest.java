package dev.chatinbox.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.user.TokenIdentity;
import dev.chatinbox.core.application.user.UserDirectorySettings;
import dev.chatinbox.core.application.user.UserProvisioningService;
import dev.chatinbox.core.application.user.UserRegistration;
import dev.chatinbox.core.domain.user.DeactivatedUserException;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.support.MutableClock;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One request reads the token's user at most once, and not at all while the core remembers it. */
class CurrentCallerTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));

  /** The user store: counts the reads, answers one id, or refuses a deactivated user. */
  private static final class CountingRegistration extends UserRegistration {
    final UUID id = UUID.randomUUID();
    int reads;
    boolean deactivated;

    @Override
    public UUID register(TokenIdentity identity) {
      reads++;
      if (deactivated) {
        throw new DeactivatedUserException(id);
      }
      return id;
    }
  }

  private final CountingRegistration registration = new CountingRegistration();

  private Callers callers(int cacheSeconds) {
    return new Callers(
        new UserProvisioningService(registration, new UserDirectorySettings(cacheSeconds), clock));
  }

  /** A request's caller: a new CurrentCaller, as the request scope makes one per request. */
  private static CurrentCaller request(Callers callers) {
    VerifiedToken token =
        new VerifiedToken(
            "alice",
            java.util.Optional.of("alice"),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            Set.of("USER"),
            Instant.parse("2026-01-01T11:00:00Z"),
            Json.createObjectBuilder()
                .add("sub", "alice")
                .add("upn", "alice")
                .add("name", "Alice")
                .add("groups", Json.createArrayBuilder().add("USER"))
                .build());
    return new CurrentCaller(new BearerTokenPrincipal(token, "raw"), callers);
  }

  @Test
  void aRequestReadsTheUserOnceHoweverOftenItAsks() {
    Callers callers = callers(0); // the core remembers nothing: every request reads
    CurrentCaller first = request(callers);
    Caller caller = first.get();
    assertSame(caller, first.get());
    assertSame(caller, first.get());
    assertEquals(1, registration.reads);

    request(callers).get();
    assertEquals(2, registration.reads, "one read per request");
    assertEquals(Set.of(Role.USER), caller.roles());
  }

  @Test
  void aRememberedIdentityCostsNoReadAtAll() {
    Callers callers = callers(30);
    request(callers).get();
    clock.advance(Duration.ofSeconds(10));
    request(callers).get();
    request(callers).get();

    assertEquals(1, registration.reads);
  }

  @Test
  void aDeactivatedUserIsRefusedWithASingleRead() {
    registration.deactivated = true;
    CurrentCaller caller = request(callers(0));

    assertThrows(DeactivatedUserException.class, caller::get);
    assertThrows(DeactivatedUserException.class, caller::get);
    assertEquals(1, registration.reads);
  }
}
