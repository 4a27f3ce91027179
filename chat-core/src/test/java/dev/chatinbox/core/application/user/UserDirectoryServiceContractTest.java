package dev.chatinbox.core.application.user;

import static dev.chatinbox.core.support.InboxFixture.NOW;
import static dev.chatinbox.core.support.InboxFixture.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.view.UserView;
import dev.chatinbox.core.domain.shared.AccessDeniedException;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.domain.user.UserCriteria;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.TestDatabase;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The user directory's SQL (filters, LIKE escaping, ordering, ranking, limits) on PostgreSQL and on
 * H2: both must answer the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UserDirectoryServiceContractTest {
  private TestDatabase db;
  private InboxFixture f;
  private UserDirectoryService directory;
  private User alice;
  private User bob;
  private User cust;
  private User gone;

  abstract TestDatabase database() throws Exception;

  @BeforeAll
  void seed() throws Exception {
    db = database();
    f = new InboxFixture(db);
    directory = new UserDirectoryService(f.users, new AccessPolicy());
    alice = user("alice", "Alice Admin", "alice@team.test", Role.ADMIN, Role.USER);
    bob = user("bob", "Bob Builder", "bob@team.test", Role.USER);
    user("bobby.a", "alan Smith", "alan@team.test", Role.USER); // username starts with "bob"
    user("carol", "Carol Bobson", "carol@team.test", Role.USER); // a word starts with "bob"
    user("zara", "Zara Kabob", null, Role.USER); // "bob" inside a word
    user("eve", "Eve Email", "thebob@mail.test", Role.USER); // only the email matches
    cust = user("bobcust", "Bobby Customer", "cust@shop.test", Role.CUST);
    user("pct", "Percent 100% Guy", "pct@team.test", Role.USER);
    user("under_score", "Under Score", "under@team.test", Role.USER);
    gone = user("bobgone", "Bob Gone", "gone@team.test", Role.USER);
    f.tx(
        em -> {
          User managed = em.find(User.class, gone.id());
          managed.changeActive(false, NOW);
          return managed;
        });
  }

  @AfterAll
  void tearDown() throws Exception {
    f.close();
    db.close();
  }

  private User user(String username, String name, String email, Role... roles) {
    return f.tx(
        em -> {
          User u = new User(Ids.newId(), username, username, name, email, Set.of(roles), NOW);
          f.users.store(u);
          return u;
        });
  }

  private List<String> list(User as, UserCriteria criteria) {
    return f.tx(em -> directory.list(caller(as), criteria)).stream().map(UserView::name).toList();
  }

  private List<String> search(String q, Optional<Role> role) {
    return f.tx(em -> directory.search(caller(bob), q, role)).stream().map(UserView::name).toList();
  }

  private static UserCriteria all() {
    return new UserCriteria(Optional.empty(), Optional.empty(), Set.of(), false);
  }

  private static UserCriteria text(String text) {
    return new UserCriteria(Optional.empty(), Optional.of(text), Set.of(), false);
  }

  @Test
  void listsActiveUsersByNameIgnoringCase() {
    assertEquals(
        List.of(
            "alan Smith",
            "Alice Admin",
            "Bob Builder",
            "Bobby Customer",
            "Carol Bobson",
            "Eve Email",
            "Percent 100% Guy",
            "Under Score",
            "Zara Kabob"),
        list(bob, all()));
  }

  @Test
  void filtersByRole() {
    assertEquals(
        List.of("Alice Admin"),
        list(bob, new UserCriteria(Optional.of(Role.ADMIN), Optional.empty(), Set.of(), false)));
    assertEquals(
        List.of("Bobby Customer"),
        list(bob, new UserCriteria(Optional.of(Role.CUST), Optional.empty(), Set.of(), false)));
  }

  @Test
  void searchesNameUsernameAndEmailIgnoringCase() {
    assertEquals(List.of("Eve Email"), list(bob, text("THEBOB@")));
    assertEquals(List.of("alan Smith"), list(bob, text("BOBBY.")));
    assertEquals(List.of("Carol Bobson"), list(bob, text("carol b")));
  }

  @Test
  void likeMetacharactersMatchLiterally() {
    assertEquals(List.of("Percent 100% Guy"), list(bob, text("100%")));
    assertEquals(List.of("Under Score"), list(bob, text("_")));
    assertEquals(List.of(), list(bob, text("\\")));
  }

  @Test
  void excludesTheGivenIds() {
    List<String> names =
        list(
            bob,
            new UserCriteria(
                Optional.empty(),
                Optional.empty(),
                Set.of(alice.id(), bob.id(), cust.id()),
                false));
    assertTrue(!names.contains("Alice Admin") && !names.contains("Bob Builder"), names::toString);
    assertEquals(6, names.size());
  }

  @Test
  void onlyAdministratorsSeeDeactivatedUsers() {
    UserCriteria withInactive =
        new UserCriteria(Optional.empty(), Optional.of("gone"), Set.of(), true);
    assertEquals(List.of("Bob Gone"), list(alice, withInactive));
    assertEquals(List.of(), list(alice, text("gone")));
    assertThrows(AccessDeniedException.class, () -> list(bob, withInactive));
  }

  @Test
  void customersHaveNoDirectoryAccess() {
    assertThrows(AccessDeniedException.class, () -> list(cust, all()));
    assertThrows(
        AccessDeniedException.class,
        () -> f.tx(em -> directory.search(caller(cust), "bob", Optional.empty())));
  }

  @Test
  void theListIsBounded() {
    assertThrows(
        InvalidInputException.class,
        () -> list(bob, text("x".repeat(UserDirectoryService.MAX_SEARCH_LENGTH + 1))));
    Set<UUID> tooMany = new HashSet<>();
    while (tooMany.size() <= UserDirectoryService.MAX_EXCLUDED) {
      tooMany.add(UUID.randomUUID());
    }
    assertThrows(
        InvalidInputException.class,
        () -> list(bob, new UserCriteria(Optional.empty(), Optional.empty(), tooMany, false)));
  }

  @Test
  void searchRanksPrefixesFirstThenWordPrefixesThenTheRest() {
    assertEquals(
        List.of(
            "alan Smith", // username starts with bob
            "Bob Builder",
            "Bobby Customer",
            "Carol Bobson", // a word of the name starts with bob
            "Eve Email", // email contains bob
            "Zara Kabob"), // name contains bob
        search("Bob", Optional.empty()));
  }

  @Test
  void searchFiltersByRoleAndSkipsDeactivatedUsers() {
    assertEquals(List.of("Bobby Customer"), search("bob", Optional.of(Role.CUST)));
    assertTrue(!search("gone", Optional.empty()).contains("Bob Gone"));
  }

  @Test
  void searchNeedsOneToAHundredCharacters() {
    assertThrows(InvalidInputException.class, () -> search(" ", Optional.empty()));
    assertThrows(InvalidInputException.class, () -> search("x".repeat(101), Optional.empty()));
    assertEquals(List.of(), search("x".repeat(100), Optional.empty()));
  }

  @Test
  void searchTreatsLikeMetacharactersLiterally() {
    assertEquals(List.of("Percent 100% Guy"), search("%", Optional.empty()));
    assertEquals(List.of("Under Score"), search("under_", Optional.empty()));
  }
}
