package dev.chatinbox.core.application.action;

import static dev.chatinbox.core.support.InboxFixture.NOW;
import static dev.chatinbox.core.support.InboxFixture.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.TeamMembers;
import dev.chatinbox.core.application.conversation.ConversationLookup;
import dev.chatinbox.core.application.view.ManualActionView;
import dev.chatinbox.core.domain.action.ManualActionStatus;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.shared.AccessDeniedException;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.infrastructure.persistence.JpaManualActionRepository;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.MutableClock;
import dev.chatinbox.core.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Manual actions against PostgreSQL and H2: visibility follows the conversation (owner, follower,
 * unowned), newest first, status filter, paging, closing and reopening.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ManualActionServiceContractTest {
  private TestDatabase db;
  private InboxFixture f;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
  private ManualActionService service;
  private User admin;
  private User bob;
  private User carol;
  private User cust;
  private User retired;
  private Conversation bobs;
  private Conversation carols;
  private Conversation unowned;

  abstract TestDatabase database() throws Exception;

  @BeforeAll
  void seed() throws Exception {
    db = database();
    f = new InboxFixture(db);
    AccessPolicy access = new AccessPolicy();
    service =
        new ManualActionService(
            new JpaManualActionRepository(f.em, f.totals),
            new ConversationLookup(f.conversations, access),
            access,
            new TeamMembers(f.users),
            clock);
    admin = f.user("admin", Role.ADMIN);
    bob = f.user("bob", Role.USER);
    carol = f.user("carol", Role.USER);
    cust = f.user("cust", Role.CUST);
    retired = f.user("retired", Role.USER);
    f.tx(
        em -> {
          User managed = em.find(User.class, retired.id());
          managed.changeActive(false, NOW);
          return managed;
        });
    Contact maria = f.contact("Maria Garcia", "+14155550101", null, bob);
    Contact sam = f.contact("Sam Secret", "+61412345678", null, carol);
    Contact olga = f.contact("Olga Open", "+33612345678", null, null);
    bobs = f.conversation(maria, Channel.SMS, NOW);
    carols = f.conversation(sam, Channel.SMS, NOW);
    unowned = f.conversation(olga, Channel.WHATSAPP, NOW);
  }

  @AfterAll
  void tearDown() throws Exception {
    f.close();
    db.close();
  }

  private ManualActionView create(User as, Conversation c, String text, Optional<UUID> assignee) {
    clock.advance(Duration.ofSeconds(1));
    return f.tx(em -> service.create(caller(as), new NewManualAction(c.id(), text, assignee)));
  }

  private ManualActionView update(User as, UUID id, ManualActionChanges changes) {
    clock.advance(Duration.ofSeconds(1));
    return f.tx(em -> service.update(caller(as), id, changes));
  }

  private Page<ManualActionView> list(
      User as, Optional<ManualActionStatus> status, PageRequest page) {
    return f.tx(em -> service.list(caller(as), status, page));
  }

  private static ManualActionChanges status(ManualActionStatus s) {
    return new ManualActionChanges(Optional.of(s), Optional.empty());
  }

  @Test
  void aRecordedActionIsPendingAndStampedByTheClock() {
    ManualActionView a = create(bob, bobs, " Refund the order ", Optional.of(carol.id()));
    assertEquals(ManualActionStatus.PENDING, a.status());
    assertEquals("Refund the order", a.action());
    assertEquals(bobs.id(), a.conversationId());
    assertEquals(Optional.of(carol.id()), a.assignedTo());
    assertEquals(Optional.of(bob.id()), a.createdBy());
    assertEquals(clock.instant(), a.createdAt());
    assertEquals(Optional.empty(), a.completedAt());
  }

  @Test
  void anInvisibleOrUnknownConversationIsNotFound() {
    assertThrows(
        UnknownConversationException.class, () -> create(bob, carols, "peek", Optional.empty()));
    Conversation ghost = new Conversation(UUID.randomUUID(), UUID.randomUUID(), Channel.SMS, NOW);
    assertThrows(
        UnknownConversationException.class, () -> create(admin, ghost, "ghost", Optional.empty()));
  }

  @Test
  void theTextAndTheAssigneeAreChecked() {
    InvalidInputException blank =
        assertThrows(InvalidInputException.class, () -> create(bob, bobs, "  ", Optional.empty()));
    assertEquals(
        List.of(new FieldViolation("action", "must be 1 to 1000 characters")), blank.violations());
    assertThrows(
        InvalidInputException.class, () -> create(bob, bobs, "x".repeat(1001), Optional.empty()));
    InvalidInputException inactive =
        assertThrows(
            InvalidInputException.class,
            () -> create(bob, bobs, "give it away", Optional.of(retired.id())));
    assertEquals("assignedTo", inactive.violations().get(0).field());
    assertThrows(
        InvalidInputException.class,
        () -> create(bob, bobs, "give it away", Optional.of(UUID.randomUUID())));
  }

  @Test
  void customersHaveNoAccess() {
    assertThrows(AccessDeniedException.class, () -> create(cust, unowned, "x", Optional.empty()));
    assertThrows(
        AccessDeniedException.class, () -> list(cust, Optional.empty(), new PageRequest(1, 10)));
  }

  @Test
  void eachReaderListsTheActionsOfTheConversationsTheyMaySeeNewestFirst() {
    String m = UUID.randomUUID().toString().substring(0, 8);
    ManualActionView onBobs = create(admin, bobs, "bobs " + m, Optional.empty());
    ManualActionView onCarols = create(admin, carols, "carols " + m, Optional.empty());
    ManualActionView onUnowned = create(admin, unowned, "unowned " + m, Optional.empty());

    List<UUID> bobSees = ids(list(bob, Optional.empty(), new PageRequest(1, 200)), m);
    assertEquals(List.of(onUnowned.id(), onBobs.id()), bobSees);
    List<UUID> carolSees = ids(list(carol, Optional.empty(), new PageRequest(1, 200)), m);
    assertEquals(List.of(onUnowned.id(), onCarols.id()), carolSees);
    List<UUID> adminSees = ids(list(admin, Optional.empty(), new PageRequest(1, 200)), m);
    assertEquals(List.of(onUnowned.id(), onCarols.id(), onBobs.id()), adminSees);
  }

  @Test
  void theListFiltersByStatusAndPages() {
    Conversation c =
        f.conversation(f.contact("Paging Pat", "+14155550777", null, admin), Channel.SMS, NOW);
    ManualActionView first = create(admin, c, "first", Optional.empty());
    ManualActionView second = create(admin, c, "second", Optional.empty());
    ManualActionView third = create(admin, c, "third", Optional.empty());
    update(admin, second.id(), status(ManualActionStatus.FAILED));

    Page<ManualActionView> failed =
        list(admin, Optional.of(ManualActionStatus.FAILED), new PageRequest(1, 200));
    assertEquals(
        List.of(second.id()),
        failed.items().stream()
            .filter(a -> a.conversationId().equals(c.id()))
            .map(ManualActionView::id)
            .toList());

    Page<ManualActionView> page1 = list(admin, Optional.empty(), new PageRequest(1, 2));
    Page<ManualActionView> page2 = list(admin, Optional.empty(), new PageRequest(2, 2));
    assertEquals(2, page1.items().size());
    assertEquals(page1.total(), page2.total());
    assertEquals(third.id(), page1.items().get(0).id(), "newest first");
    assertEquals(second.id(), page1.items().get(1).id());
    assertEquals(first.id(), page2.items().get(0).id());
  }

  @Test
  void completingStampsCompletedAtAndReopeningClearsIt() {
    ManualActionView a = create(bob, unowned, "call back", Optional.empty());
    ManualActionView done = update(bob, a.id(), status(ManualActionStatus.COMPLETED));
    assertEquals(ManualActionStatus.COMPLETED, done.status());
    assertEquals(Optional.of(clock.instant()), done.completedAt());
    ManualActionView again = update(carol, a.id(), status(ManualActionStatus.COMPLETED));
    assertEquals(done.completedAt(), again.completedAt(), "the same status keeps the first stamp");
    ManualActionView reopened = update(bob, a.id(), status(ManualActionStatus.PENDING));
    assertEquals(Optional.empty(), reopened.completedAt());
  }

  @Test
  void assigningAndUnassigning() {
    ManualActionView a = create(bob, bobs, "assign me", Optional.empty());
    assertEquals(
        Optional.of(carol.id()),
        update(
                bob,
                a.id(),
                new ManualActionChanges(Optional.empty(), Optional.of(Optional.of(carol.id()))))
            .assignedTo());
    assertEquals(
        Optional.empty(),
        update(
                bob,
                a.id(),
                new ManualActionChanges(Optional.empty(), Optional.of(Optional.empty())))
            .assignedTo());
    assertThrows(
        InvalidInputException.class,
        () ->
            update(
                bob,
                a.id(),
                new ManualActionChanges(Optional.empty(), Optional.of(Optional.of(retired.id())))));
  }

  @Test
  void anActionOfAnInvisibleConversationIsNotFound() {
    ManualActionView a = create(admin, carols, "carol only", Optional.empty());
    assertThrows(
        ObjectNotFoundException.class,
        () -> update(bob, a.id(), status(ManualActionStatus.COMPLETED)));
    assertThrows(
        ObjectNotFoundException.class,
        () -> update(admin, UUID.randomUUID(), status(ManualActionStatus.COMPLETED)));
    assertEquals(
        ManualActionStatus.PENDING,
        list(admin, Optional.empty(), new PageRequest(1, 200)).items().stream()
            .filter(x -> x.id().equals(a.id()))
            .findFirst()
            .orElseThrow()
            .status());
  }

  private static List<UUID> ids(Page<ManualActionView> page, String marker) {
    return page.items().stream()
        .filter(a -> a.action().endsWith(marker))
        .map(ManualActionView::id)
        .toList();
  }
}
