package dev.chatinbox.core.infrastructure.persistence;

import static dev.chatinbox.core.support.InboxFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.application.conversation.ConversationCards.ConversationCard;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationCriteria;
import dev.chatinbox.core.domain.conversation.ConversationCursor;
import dev.chatinbox.core.domain.conversation.ConversationFilter;
import dev.chatinbox.core.domain.conversation.ConversationSort;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.support.InboxFixture;
import dev.chatinbox.core.support.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
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
 * The list's {@code ?search=} on PostgreSQL has two statement shapes ({@link
 * SqlConversationCards#page}): a rare text's matches taken from the GIN index and sorted by their
 * stored {@code sort_at}, a common text's found by walking conversations newest first. Both must
 * answer the same rows in the same order, with the same visibility, by offset and by cursor, in
 * both orders — the shape is a cost decision, never a behaviour.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListSearchShapesPostgresTest {
  private static final String[] LAST = {"Garcia", "Smith", "García", "Chen", "Khan"};

  private TestDatabase db;
  private InboxFixture f;
  private User bob;
  private final Set<UUID> carolsOnly = new HashSet<>();
  private final Set<UUID> garcias = new HashSet<>();
  private SqlConversationCards rare;
  private SqlConversationCards common;

  @BeforeAll
  void seed() throws Exception {
    db = TestDatabase.postgres();
    f = new InboxFixture(db);
    bob = f.user("bob", Role.USER);
    User carol = f.user("carol", Role.USER);
    for (int i = 0; i < 24; i++) {
      // owned by bob, by carol (invisible to bob), followed by bob, or nobody's
      User owner = i % 4 == 0 ? bob : i % 4 == 1 ? carol : null;
      User[] followers = i % 4 == 2 ? new User[] {bob} : new User[0];
      Contact contact =
          f.contact(
              "Ana " + LAST[i % LAST.length],
              "+1415555" + String.format("%04d", i),
              "ana" + i + "@example.com",
              owner,
              followers);
      Conversation c =
          f.conversation(
              contact, i % 2 == 0 ? Channel.SMS : Channel.EMAIL, NOW.minus(Duration.ofDays(30)));
      // distinct times, and two pairs with the same time (the id breaks the tie)
      f.inbound(c, "hello " + i, NOW.minus(Duration.ofMinutes(i < 4 ? 7 : 10L * i)));
      if (i % 4 == 1) {
        carolsOnly.add(c.id());
      }
      if (LAST[i % LAST.length].startsWith("Garc")) {
        garcias.add(c.id());
      }
    }
    rare = f.cards;
    common =
        new SqlConversationCards(
            f.reads,
            f.totals,
            new SearchCommonness(f.reads) {
              @Override
              Commonness of(String text) {
                return new Commonness(true, true, System.nanoTime());
              }
            });
  }

  @AfterAll
  void drop() throws Exception {
    f.close();
    db.close();
  }

  @Test
  void aNameFindsTheSameConversationsInTheSameOrderWhicheverShapeReadsThem() {
    for (ConversationSort sort : ConversationSort.values()) {
      for (Visibility visibility :
          List.of(Visibility.everything(), Visibility.ownedFollowedOrUnowned(bob.id()))) {
        for (String text : List.of("garc", "ana", "smith", "5555 0014")) {
          String what = text + " / " + sort + " / " + visibility;
          List<UUID> expected = byOffset(rare, text, sort, visibility);
          assertFalse(expected.isEmpty(), what);
          assertEquals(expected, byOffset(common, text, sort, visibility), what + ": walked");
          assertEquals(expected, byCursor(rare, text, sort, visibility), what + ": rare, cursor");
          assertEquals(
              expected, byCursor(common, text, sort, visibility), what + ": walked, cursor");
          if (visibility.restrictedTo().isPresent()) {
            assertTrue(expected.stream().noneMatch(carolsOnly::contains), what + ": visibility");
          }
        }
      }
    }
    // accents folded, and the name's every conversation
    assertEquals(
        garcias,
        Set.copyOf(byOffset(rare, "garcia", ConversationSort.LATEST, Visibility.everything())));
  }

  @Test
  void aSearchedTotalIsExactUpToItsLimitAndTheFilterStillApplies() {
    Page<ConversationCard> page =
        f.tx(
            em ->
                rare.page(
                    criteria("ana", ConversationSort.LATEST, Optional.empty(), Channel.SMS),
                    Visibility.everything(),
                    new PageRequest(1, 5)));
    assertEquals(12, page.total());
    assertTrue(page.totalExact());
    assertTrue(page.items().stream().allMatch(c -> c.channel() == Channel.SMS));
  }

  private List<UUID> byOffset(
      SqlConversationCards cards, String text, ConversationSort sort, Visibility visibility) {
    Page<ConversationCard> page =
        f.tx(
            em ->
                cards.page(
                    criteria(text, sort, Optional.empty(), null),
                    visibility,
                    new PageRequest(1, 50)));
    assertEquals(page.items().size(), page.total());
    return page.items().stream().map(ConversationCard::id).toList();
  }

  private List<UUID> byCursor(
      SqlConversationCards cards, String text, ConversationSort sort, Visibility visibility) {
    List<UUID> ids = new ArrayList<>();
    Optional<ConversationCursor> after = Optional.empty();
    do {
      Optional<ConversationCursor> from = after;
      Page<ConversationCard> page =
          f.tx(
              em ->
                  cards.page(criteria(text, sort, from, null), visibility, new PageRequest(1, 2)));
      page.items().forEach(c -> ids.add(c.id()));
      after = page.next().map(ConversationCursor::decode);
    } while (after.isPresent());
    return ids;
  }

  private static ConversationCriteria criteria(
      String text, ConversationSort sort, Optional<ConversationCursor> after, Channel channel) {
    return new ConversationCriteria(
        ConversationFilter.ALL,
        Optional.ofNullable(channel),
        Optional.of(text),
        sort,
        NOW.minus(Duration.ofDays(30)),
        after);
  }
}
