package dev.chatinbox.core.application.conversation;

import static dev.chatinbox.core.support.InboxFixture.NOW;
import static dev.chatinbox.core.support.InboxFixture.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.application.view.ConversationView;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationCursor;
import dev.chatinbox.core.domain.conversation.ConversationFilter;
import dev.chatinbox.core.domain.conversation.ConversationSort;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.message.MessageCriteria;
import dev.chatinbox.core.domain.shared.AccessDeniedException;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The read side against a real database migrated by the production migrations: PostgreSQL
 * (production) and H2 (the embedded default) must behave the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConversationServiceContractTest {
  private TestDatabase db;
  private InboxFixture f;
  private User admin;
  private User bob;
  private User carol;
  private Conversation mariaSms;
  private Conversation mariaMail;
  private Conversation jamesWa;
  private Conversation oldUnowned;
  private Conversation carolOnly;

  /** The database under test. */
  abstract TestDatabase database() throws Exception;

  @BeforeAll
  void seed() throws Exception {
    db = database();
    f = new InboxFixture(db);
    admin = f.user("admin", Role.ADMIN);
    bob = f.user("bob", Role.USER);
    carol = f.user("carol", Role.USER);
    Contact maria = f.contact("Maria Garcia", "+14155550101", "maria@example.com", bob, carol);
    Contact james = f.contact("James O'Brien", "+447700900123", "james_100%@example.org", null);
    Contact old = f.contact("Olga Old", "+33612345678", null, null);
    Contact secret = f.contact("Sam Secret", "+61412345678", "sam@example.com", carol);

    f.tx(
        em -> {
          Contact managed = em.find(Contact.class, maria.id());
          managed.tag("VIP", NOW);
          managed.tag(" vip ", NOW); // same tag ignoring case and spaces: kept once, first spelling
          managed.tag("Renewal", NOW);
          managed.setDnd(Channel.SMS, true, NOW);
          return managed;
        });
    mariaSms = f.conversation(maria, Channel.SMS, NOW.minus(Duration.ofDays(3)));
    f.inbound(mariaSms, "Where is my order?", NOW.minus(Duration.ofHours(5)));
    f.outbound(mariaSms, bob, "It shipped today", NOW.minus(Duration.ofHours(4)));
    mariaMail = f.conversation(maria, Channel.EMAIL, NOW.minus(Duration.ofDays(2)));
    f.outbound(mariaMail, admin, "Renewal offer", NOW.minus(Duration.ofHours(3)));
    jamesWa = f.conversation(james, Channel.WHATSAPP, NOW.minus(Duration.ofDays(1)));
    f.inbound(jamesWa, "Price list please", NOW.minus(Duration.ofHours(2)));
    oldUnowned = f.conversation(old, Channel.SMS, NOW.minus(Duration.ofDays(90)));
    f.inbound(oldUnowned, "hello from long ago", NOW.minus(Duration.ofDays(60)));
    carolOnly = f.conversation(secret, Channel.SMS, NOW.minus(Duration.ofDays(1)));
    f.inbound(carolOnly, "for carol", NOW.minus(Duration.ofHours(1)));
    f.tx(
        em -> {
          f.conversationService.update(
              caller(admin),
              jamesWa.id(),
              new ConversationChanges(Optional.of(true), Optional.empty()));
          f.conversationService.update(
              caller(admin),
              oldUnowned.id(),
              new ConversationChanges(Optional.empty(), Optional.of(0)));
          return null;
        });
  }

  @AfterAll
  void drop() throws Exception {
    f.close();
    db.close();
  }

  private Page<ConversationView> list(
      User who,
      ConversationFilter filter,
      Channel channel,
      String search,
      ConversationSort sort,
      int page,
      int size) {
    return f.tx(
        em ->
            f.conversationService.list(
                caller(who),
                filter,
                Optional.ofNullable(channel),
                Optional.ofNullable(search),
                sort,
                new PageRequest(page, size),
                Optional.empty()));
  }

  private Set<java.util.UUID> ids(Page<ConversationView> page) {
    return page.items().stream().map(ConversationView::id).collect(Collectors.toSet());
  }

  @Test
  void adminSeesAllLatestFirst() {
    Page<ConversationView> page =
        list(admin, ConversationFilter.ALL, null, null, ConversationSort.LATEST, 1, 50);
    assertEquals(5, page.total());
    assertEquals(
        List.of(carolOnly.id(), jamesWa.id(), mariaMail.id(), mariaSms.id(), oldUnowned.id()),
        page.items().stream().map(ConversationView::id).toList());
    Page<ConversationView> oldest =
        list(admin, ConversationFilter.ALL, null, null, ConversationSort.OLDEST, 1, 50);
    assertEquals(oldUnowned.id(), oldest.items().get(0).id());
  }

  @Test
  void cursorContinuesWhereThePageEndedInBothOrders() {
    for (ConversationSort sort : ConversationSort.values()) {
      List<java.util.UUID> byOffset =
          list(admin, ConversationFilter.ALL, null, null, sort, 1, 50).items().stream()
              .map(ConversationView::id)
              .toList();
      List<java.util.UUID> byCursor = new java.util.ArrayList<>();
      Optional<ConversationCursor> after = Optional.empty();
      int pages = 0;
      do {
        Optional<ConversationCursor> from = after;
        Page<ConversationView> page =
            f.tx(
                em ->
                    f.conversationService.list(
                        caller(admin),
                        ConversationFilter.ALL,
                        Optional.empty(),
                        Optional.empty(),
                        sort,
                        new PageRequest(1, 2),
                        from));
        page.items().forEach(c -> byCursor.add(c.id()));
        assertEquals(5, page.total(), "the total is that of the whole list");
        assertEquals(page.next().isPresent(), page.hasMore());
        after = page.next().map(ConversationCursor::decode);
        pages++;
      } while (after.isPresent());
      assertEquals(byOffset, byCursor, sort + ": same rows, same order");
      assertEquals(3, pages);
    }
  }

  @Test
  void lastPageKnowsItsTotalAndWhetherMoreFollow() {
    Page<ConversationView> first =
        list(admin, ConversationFilter.ALL, null, null, ConversationSort.LATEST, 1, 2);
    assertTrue(first.hasMore());
    assertTrue(first.totalExact());
    assertEquals(5, first.total());
    Page<ConversationView> last =
        list(admin, ConversationFilter.ALL, null, null, ConversationSort.LATEST, 3, 2);
    assertFalse(last.hasMore());
    assertTrue(last.next().isEmpty());
    assertEquals(5, last.total());
    Page<ConversationView> beyond =
        list(admin, ConversationFilter.ALL, null, null, ConversationSort.LATEST, 9, 2);
    assertEquals(List.of(), beyond.items());
    assertEquals(5, beyond.total());
  }

  @Test
  void filtersSelectUnreadStarredAndRecent() {
    assertEquals(
        Set.of(mariaSms.id(), jamesWa.id(), carolOnly.id()),
        ids(list(admin, ConversationFilter.UNREAD, null, null, ConversationSort.LATEST, 1, 50)));
    assertEquals(
        Set.of(jamesWa.id()),
        ids(list(admin, ConversationFilter.STARRED, null, null, ConversationSort.LATEST, 1, 50)));
    assertEquals(
        4,
        list(admin, ConversationFilter.RECENTS, null, null, ConversationSort.LATEST, 1, 50)
            .total());
    assertEquals(
        Set.of(mariaSms.id(), oldUnowned.id(), carolOnly.id()),
        ids(
            list(
                admin, ConversationFilter.ALL, Channel.SMS, null, ConversationSort.LATEST, 1, 50)));
  }

  @Test
  void searchMatchesNameEmailPhoneAndTreatsMetacharactersLiterally() {
    assertEquals(
        Set.of(mariaSms.id(), mariaMail.id()),
        ids(list(admin, ConversationFilter.ALL, null, "garc", ConversationSort.LATEST, 1, 50)));
    assertEquals(
        Set.of(jamesWa.id()),
        ids(
            list(
                admin,
                ConversationFilter.ALL,
                null,
                "JAMES_100%@",
                ConversationSort.LATEST,
                1,
                50)));
    assertEquals(
        Set.of(jamesWa.id()),
        ids(list(admin, ConversationFilter.ALL, null, "o'brien", ConversationSort.LATEST, 1, 50)));
    assertEquals(
        Set.of(jamesWa.id()),
        ids(list(admin, ConversationFilter.ALL, null, "7700 900", ConversationSort.LATEST, 1, 50)));
    assertEquals(
        Set.of(mariaSms.id(), mariaMail.id()),
        ids(list(admin, ConversationFilter.ALL, null, "+1415555", ConversationSort.LATEST, 1, 50)));
    // metacharacters match themselves only: James is the one contact with %, _ and ' in his data
    assertEquals(
        Set.of(jamesWa.id()),
        ids(list(admin, ConversationFilter.ALL, null, "%", ConversationSort.LATEST, 1, 50)));
    assertEquals(
        Set.of(jamesWa.id()),
        ids(list(admin, ConversationFilter.ALL, null, "_", ConversationSort.LATEST, 1, 50)));
    assertEquals(
        Set.of(jamesWa.id()),
        ids(list(admin, ConversationFilter.ALL, null, "'", ConversationSort.LATEST, 1, 50)));
    assertEquals(
        0, list(admin, ConversationFilter.ALL, null, "\\", ConversationSort.LATEST, 1, 50).total());
  }

  /** Ids the ADMIN's search returns, best first. */
  List<java.util.UUID> searchIds(String text) {
    return search(admin, text);
  }

  private List<java.util.UUID> search(User who, String text) {
    return f
        .tx(
            em ->
                f.searchService.search(caller(who), text, ConversationFilter.ALL, Optional.empty()))
        .stream()
        .map(ConversationView::id)
        .toList();
  }

  @Test
  void searchFindsWordsOfMessageBodiesContactDataAndIsSafe() {
    assertEquals(List.of(mariaSms.id()), search(admin, "shipped"), "a word only in a message body");
    assertEquals(Set.of(jamesWa.id()), Set.copyOf(search(admin, "price list")));
    assertEquals(
        Set.of(mariaSms.id(), mariaMail.id()),
        Set.copyOf(search(admin, "4155550")),
        "partial phone");
    assertEquals(Set.of(mariaSms.id(), mariaMail.id()), Set.copyOf(search(admin, "(415) 555")));
    assertEquals(List.of(jamesWa.id()), search(admin, "%"), "LIKE wildcards are literal");
    assertEquals(List.of(jamesWa.id()), search(admin, "_"));
    assertEquals(List.of(jamesWa.id()), search(admin, "'"));
    assertEquals(List.of(), search(admin, "'; DROP TABLE conversations; --"));
    assertEquals(List.of(), search(bob, "for carol"), "invisible conversations never match");
    assertEquals(List.of(carolOnly.id()), search(carol, "for carol"));
    List<java.util.UUID> contactFirst = search(admin, "james");
    assertEquals(jamesWa.id(), contactFirst.get(0), "contact matches rank first");
  }

  @Test
  void searchAnswersEveryCharacterFoldsCaseAndMatchesTheWordBeingTyped() {
    for (String text :
        List.of(
            "%",
            "_",
            "'",
            "\\",
            ":",
            "&",
            "|",
            "!",
            "&|!",
            "a:b",
            "maria & | !",
            "o'brien:*",
            "(",
            ")",
            "\\'",
            "*",
            "<->",
            "--",
            ";",
            "\"",
            "maria\\",
            "'';")) {
      search(admin, text); // answered (no exception, so never a 500)
      list(admin, ConversationFilter.ALL, null, text, ConversationSort.LATEST, 1, 50);
    }
    assertEquals(Set.of(mariaSms.id(), mariaMail.id()), Set.copyOf(search(admin, "MARIA GAR")));
    assertEquals(List.of(mariaSms.id()), search(admin, "It SHIPP"), "the word being typed");
    assertEquals(
        Set.of(mariaSms.id(), mariaMail.id()),
        ids(list(admin, ConversationFilter.ALL, null, "GARC", ConversationSort.LATEST, 1, 50)));
    assertEquals(
        Set.of(jamesWa.id()),
        ids(list(admin, ConversationFilter.ALL, null, "900 123", ConversationSort.LATEST, 1, 50)),
        "a phone fragment from the middle of the number");
    assertEquals(List.of(), search(bob, "sam secret"), "a USER never finds what they cannot see");
    assertEquals(
        0,
        list(bob, ConversationFilter.ALL, null, "secret", ConversationSort.LATEST, 1, 50).total());
  }

  @Test
  void userSeesOwnedFollowedAndUnownedOnly() {
    assertEquals(
        Set.of(mariaSms.id(), mariaMail.id(), jamesWa.id(), oldUnowned.id()),
        ids(list(bob, ConversationFilter.ALL, null, null, ConversationSort.LATEST, 1, 50)));
    assertEquals(
        5, list(carol, ConversationFilter.ALL, null, null, ConversationSort.LATEST, 1, 50).total());
    assertThrows(
        UnknownConversationException.class,
        () -> f.tx(em -> f.conversationService.get(caller(bob), carolOnly.id())));
  }

  @Test
  void custHasNoInbox() {
    User cust = f.user("cust-" + System.nanoTime(), Role.CUST);
    assertThrows(
        AccessDeniedException.class,
        () -> list(cust, ConversationFilter.ALL, null, null, ConversationSort.LATEST, 1, 10));
  }

  @Test
  void pagingReportsTotalsAndEdges() {
    Page<ConversationView> first =
        list(admin, ConversationFilter.ALL, null, null, ConversationSort.LATEST, 1, 2);
    assertEquals(5, first.total());
    assertEquals(3, first.totalPages());
    assertEquals(2, first.items().size());
    Page<ConversationView> last =
        list(admin, ConversationFilter.ALL, null, null, ConversationSort.LATEST, 3, 2);
    assertEquals(1, last.items().size());
    assertFalse(last.hasMore());
    Page<ConversationView> beyond =
        list(admin, ConversationFilter.ALL, null, null, ConversationSort.LATEST, 9, 2);
    assertTrue(beyond.items().isEmpty());
    assertEquals(5, beyond.total());
  }

  @Test
  void viewCarriesContactDetailsAndLastMessageSender() {
    ConversationView view = f.tx(em -> f.conversationService.get(caller(bob), mariaSms.id()));
    assertEquals("Maria Garcia", view.fullName());
    assertEquals(Optional.of("+14155550101"), view.contactDetails().phone());
    assertEquals("bob", view.contactDetails().owner().orElseThrow().username());
    assertEquals(
        List.of("carol"),
        view.contactDetails().followers().stream().map(p -> p.username()).toList());
    assertEquals("You", view.lastMessage().orElseThrow().sender());
    assertEquals(List.of("Renewal", "VIP"), view.contactDetails().tags());
    assertTrue(view.contactDetails().dnd(), "DND is on for SMS");
    assertFalse(view.contactDetails().dndAll());
    assertFalse(
        f.tx(em -> f.conversationService.get(caller(bob), mariaMail.id())).contactDetails().dnd(),
        "not on Email");
    ConversationView seenByCarol =
        f.tx(em -> f.conversationService.get(caller(carol), mariaSms.id()));
    assertEquals("BOB", seenByCarol.lastMessage().orElseThrow().sender());
    ConversationView james = f.tx(em -> f.conversationService.get(caller(admin), jamesWa.id()));
    assertEquals("James O'Brien", james.lastMessage().orElseThrow().sender());
  }

  @Test
  void aPageCostsTheSameNumberOfStatementsWhateverItsSize() {
    db.resetStatementCount();
    list(admin, ConversationFilter.ALL, null, null, ConversationSort.LATEST, 1, 1);
    int oneRow = db.statementCount();
    db.resetStatementCount();
    list(admin, ConversationFilter.ALL, null, null, ConversationSort.LATEST, 1, 50);
    int allRows = db.statementCount();
    assertTrue(
        allRows <= oneRow, "page of 5 used " + allRows + " statements, page of 1 used " + oneRow);
    assertTrue(allRows <= 12, "a page used " + allRows + " statements");
  }

  @Test
  void historyPagesNewestFirstWithBeforeAfterAndHasMore() {
    Page<MessageView> all =
        f.tx(
            em ->
                f.historyService.history(
                    caller(bob), mariaSms.id(), MessageCriteria.all(), new PageRequest(1, 1)));
    assertEquals(2, all.total());
    assertTrue(all.hasMore());
    assertEquals("It shipped today", all.items().get(0).message());
    assertEquals(bob.id().toString(), all.items().get(0).sender());
    Instant between = NOW.minus(Duration.ofMinutes(270));
    Page<MessageView> before =
        f.tx(
            em ->
                f.historyService.history(
                    caller(bob),
                    mariaSms.id(),
                    new MessageCriteria(Optional.of(between), Optional.empty()),
                    new PageRequest(1, 50)));
    assertEquals(
        List.of("Where is my order?"), before.items().stream().map(MessageView::message).toList());
    assertEquals("Maria Garcia", before.items().get(0).sender());
    Page<MessageView> after =
        f.tx(
            em ->
                f.historyService.history(
                    caller(bob),
                    mariaSms.id(),
                    new MessageCriteria(Optional.empty(), Optional.of(between)),
                    new PageRequest(1, 50)));
    assertEquals(
        List.of("It shipped today"), after.items().stream().map(MessageView::message).toList());
    assertFalse(after.hasMore());
  }

  @Test
  void onlyAdminDeletes() {
    Contact c = f.contact("Del Ete", "+12025550199", null, null);
    Conversation doomed = f.conversation(c, Channel.SMS, NOW);
    f.inbound(doomed, "bye", NOW);
    assertThrows(
        AccessDeniedException.class,
        () ->
            f.tx(
                em -> {
                  f.conversationService.delete(caller(bob), doomed.id());
                  return null;
                }));
    f.tx(
        em -> {
          f.conversationService.delete(caller(admin), doomed.id());
          return null;
        });
    assertThrows(
        UnknownConversationException.class,
        () -> f.tx(em -> f.conversationService.get(caller(admin), doomed.id())));
  }
}
