package dev.chatinbox.core.application.user;

import static dev.chatinbox.core.support.InboxFixture.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.view.UserView;
import dev.chatinbox.core.domain.shared.AccessDeniedException;
import dev.chatinbox.core.domain.shared.ConflictException;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.user.DeactivatedUserException;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.RecordingEvent;
import dev.chatinbox.core.support.TestDatabase;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * User administration and how it meets token provisioning, on the embedded default's H2: creating
 * users, validation naming every field, conflicts, partial updates, deactivation, and the rule that
 * a token overwrites the directory's copy only when its claims change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserAdministrationServiceTest {
  private TestDatabase db;
  private InboxFixture f;
  private UserAdministrationService admin;
  private UserRegistration registration;
  private final RecordingEvent<UserAccountChanged> changes = new RecordingEvent<>();
  private User root;
  private User plain;
  private User customer;

  @BeforeAll
  void setUp() throws Exception {
    db = TestDatabase.h2();
    f = new InboxFixture(db);
    admin = new UserAdministrationService(f.users, new AccessPolicy(), changes, f.clock);
    registration = new UserRegistration(f.users, f.clock);
    root = f.user("root", Role.ADMIN);
    plain = f.user("plain", Role.USER);
    customer = f.user("customer", Role.CUST);
  }

  @AfterAll
  void tearDown() throws Exception {
    f.close();
    db.close();
  }

  private UserView create(NewUser input) {
    return f.tx(em -> admin.create(caller(root), input));
  }

  private UserView update(UUID id, UserChanges input) {
    return f.tx(em -> admin.update(caller(root), id, input));
  }

  private static NewUser newUser(String username, String name, List<String> roles) {
    return new NewUser(username, name, Optional.empty(), Optional.empty(), roles, Optional.empty());
  }

  private static UserChanges none() {
    return new UserChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static List<String> fields(InvalidInputException e) {
    return e.violations().stream().map(FieldViolation::field).sorted().toList();
  }

  @Test
  void anAdministratorCreatesAUserWhoseSubjectDefaultsToTheUsername() {
    UserView created =
        create(
            new NewUser(
                "erin.e",
                "  Erin Example ",
                Optional.of("Erin@Example.COM"),
                Optional.of("https://cdn.example.com/erin.png"),
                List.of("user", "ADMIN", "USER"),
                Optional.empty()));
    assertEquals("Erin Example", created.name());
    assertEquals("erin.e", created.username());
    assertEquals(Optional.of("erin@example.com"), created.email());
    assertEquals(Optional.of("https://cdn.example.com/erin.png"), created.avatar());
    assertEquals(List.of(Role.ADMIN, Role.USER), created.roles());
    assertTrue(created.active());
    assertEquals("erin.e", f.users.find(created.id()).orElseThrow().subject());
  }

  @Test
  void aUuidSubjectBecomesTheUsersIdAsWhenATokenProvisionsThem() {
    UUID subject = UUID.randomUUID();
    UserView created =
        create(
            new NewUser(
                "uuid.user",
                "Uuid User",
                Optional.empty(),
                Optional.empty(),
                List.of("USER"),
                Optional.of(subject.toString())));
    assertEquals(subject, created.id());
  }

  @Test
  void everyInvalidFieldIsNamedAtOnce() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                create(
                    new NewUser(
                        "no spaces!",
                        " ",
                        Optional.of("not-an-email"),
                        Optional.of("javascript:alert(1)"),
                        List.of("ROOT"),
                        Optional.of(" "))));
    assertEquals(List.of("avatar", "email", "name", "roles", "subject", "username"), fields(e));
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> create(newUser(null, null, null)));
    assertEquals(List.of("name", "roles", "username"), fields(e));
    assertEquals(
        List.of("roles"),
        fields(
            assertThrows(InvalidInputException.class, () -> create(newUser("x", "X", List.of())))));
  }

  @Test
  void limitsAreEnforced() {
    assertEquals(
        List.of("avatar", "name", "username"),
        fields(
            assertThrows(
                InvalidInputException.class,
                () ->
                    create(
                        new NewUser(
                            "u".repeat(151),
                            "n".repeat(201),
                            Optional.empty(),
                            Optional.of("https://x.example/" + "a".repeat(2048)),
                            List.of("USER"),
                            Optional.empty())))));
    UserView longest = create(newUser("u".repeat(150), "n".repeat(200), List.of("CUST")));
    assertEquals(150, longest.username().length());
  }

  @Test
  void aTakenUsernameOrSubjectIsAConflict() {
    create(newUser("dup.name", "Dup", List.of("USER")));
    ConflictException username =
        assertThrows(
            ConflictException.class, () -> create(newUser("dup.name", "Other", List.of("USER"))));
    assertEquals("username-taken", username.problemType());
    ConflictException subject =
        assertThrows(
            ConflictException.class,
            () ->
                create(
                    new NewUser(
                        "dup.other",
                        "Other",
                        Optional.empty(),
                        Optional.empty(),
                        List.of("USER"),
                        Optional.of("dup.name"))));
    assertEquals("subject-taken", subject.problemType());
  }

  @Test
  void onlyAdministratorsManageUsers() {
    assertThrows(
        AccessDeniedException.class,
        () -> f.tx(em -> admin.create(caller(plain), newUser("nope", "Nope", List.of("USER")))));
    assertThrows(
        AccessDeniedException.class,
        () -> f.tx(em -> admin.update(caller(customer), plain.id(), none())));
    assertThrows(AccessDeniedException.class, () -> admin.requireAdministrator(caller(plain)));
  }

  @Test
  void aPartialUpdateChangesOnlyWhatIsPresent() {
    UserView u =
        create(
            new NewUser(
                "patchme",
                "Patch Me",
                Optional.of("patch@example.com"),
                Optional.of("https://x.example/a.png"),
                List.of("USER"),
                Optional.empty()));
    UserView renamed =
        update(
            u.id(),
            new UserChanges(
                Optional.of(" Patched "), Optional.empty(), Optional.empty(), Optional.empty()));
    assertEquals("Patched", renamed.name());
    assertEquals(Optional.of("https://x.example/a.png"), renamed.avatar());
    UserView cleared =
        update(
            u.id(),
            new UserChanges(
                Optional.empty(),
                Optional.of(Optional.empty()),
                Optional.of(List.of("ADMIN")),
                Optional.empty()));
    assertEquals(Optional.empty(), cleared.avatar());
    assertEquals(List.of(Role.ADMIN), cleared.roles());
    assertEquals("Patched", cleared.name());
    assertTrue(changes.fired.contains(new UserAccountChanged(u.id())));
  }

  @Test
  void badPatchValuesAreNamedAndNothingIsWritten() {
    UserView u = create(newUser("badpatch", "Bad Patch", List.of("USER")));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                update(
                    u.id(),
                    new UserChanges(
                        Optional.of(""),
                        Optional.of(Optional.of("ftp://x.example/a")),
                        Optional.of(List.of()),
                        Optional.of(false))));
    assertEquals(List.of("avatar", "name", "roles"), fields(e));
    User stored = f.users.find(u.id()).orElseThrow();
    assertEquals("Bad Patch", stored.name());
    assertTrue(stored.active());
  }

  @Test
  void anUnknownUserIsNotFound() {
    assertThrows(ObjectNotFoundException.class, () -> update(UUID.randomUUID(), none()));
  }

  @Test
  void anAdministratorCannotDeactivateThemselves() {
    ConflictException e =
        assertThrows(
            ConflictException.class,
            () ->
                update(
                    root.id(),
                    new UserChanges(
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(false))));
    assertEquals("self-deactivation", e.problemType());
    assertTrue(f.users.find(root.id()).orElseThrow().active());
  }

  @Test
  void aDeactivatedUsersTokenIsRefusedUntilTheyAreReactivated() {
    User dora = f.user("dora", Role.USER);
    TokenIdentity token = token("dora", "Dora", Set.of(Role.USER));
    assertEquals(dora.id(), f.tx(em -> registration.register(token)));
    update(dora.id(), activeFlag(false));
    DeactivatedUserException refused =
        assertThrows(
            DeactivatedUserException.class, () -> f.tx(em -> registration.register(token)));
    assertEquals(dora.id(), refused.userId());
    update(dora.id(), activeFlag(true));
    assertEquals(dora.id(), f.tx(em -> registration.register(token)));
  }

  @Test
  void aTokenOverwritesTheDirectoryOnlyWhenItsClaimsChange() {
    User gus = f.user("gus", Role.USER);
    TokenIdentity first = token("gus", "Gus", Set.of(Role.USER));
    f.tx(em -> registration.register(first)); // first sight: the token's claims are applied
    assertEquals("Gus", f.users.find(gus.id()).orElseThrow().name());

    update(
        gus.id(),
        new UserChanges(
            Optional.of("Gustav"),
            Optional.empty(),
            Optional.of(List.of("ADMIN")),
            Optional.empty()));
    f.tx(em -> registration.register(first)); // same claims again: the administrator's edit stands
    User edited = f.users.find(gus.id()).orElseThrow();
    assertEquals("Gustav", edited.name());
    assertEquals(Set.of(Role.ADMIN), edited.roles());

    f.tx(em -> registration.register(token("gus", "Gus G.", Set.of(Role.USER, Role.CUST))));
    User refreshed = f.users.find(gus.id()).orElseThrow();
    assertEquals("Gus G.", refreshed.name(), "the identity provider changed the user: it wins");
    assertEquals(Set.of(Role.USER, Role.CUST), refreshed.roles());
  }

  @Test
  void reactivatingAnActiveUserChangesNothing() {
    UserView u = create(newUser("still.active", "Still Active", List.of("USER")));
    assertTrue(update(u.id(), activeFlag(true)).active());
    assertFalse(update(u.id(), activeFlag(false)).active());
  }

  private static UserChanges activeFlag(boolean active) {
    return new UserChanges(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(active));
  }

  private static TokenIdentity token(String subject, String name, Set<Role> roles) {
    return new TokenIdentity(
        subject,
        Optional.of(subject),
        Optional.of(name),
        Optional.of(subject + "@team.test"),
        roles);
  }
}
