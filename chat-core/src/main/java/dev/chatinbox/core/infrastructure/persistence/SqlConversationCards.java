package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.application.conversation.ConversationCards;
import dev.chatinbox.core.application.view.AutomationView;
import dev.chatinbox.core.application.view.ConversationCountsView;
import dev.chatinbox.core.application.view.EmailView;
import dev.chatinbox.core.application.view.PersonView;
import dev.chatinbox.core.application.view.PhoneView;
import dev.chatinbox.core.application.view.TeamRefView;
import dev.chatinbox.core.domain.conversation.ConversationCriteria;
import dev.chatinbox.core.domain.conversation.ConversationCursor;
import dev.chatinbox.core.domain.conversation.ConversationSort;
import dev.chatinbox.core.domain.conversation.ConversationStatus;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.message.SenderType;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@link ConversationCards} by JDBC ({@link SqlReads}): the page of conversations in one query
 * (walking {@code (sort_at, id)} — per channel, or the partial unread/starred indexes of V1 — in
 * keyset order and stopping after the page; visibility and search join the contact only when
 * needed), then two for their contacts — with their owners, then every collection of those contacts
 * (addresses, tags, followers, do-not-disturb, automations) in one {@code UNION ALL} — and one for
 * the last messages with their senders' names: rows read straight into views, no managed entity,
 * the same on PostgreSQL and H2.
 */
@ApplicationScoped
public class SqlConversationCards implements ConversationCards {
  private static final String CONTACTS =
      "SELECT ct.id, ct.full_name, ct.username, ct.profile_url, ct.title, ct.primary_email,"
          + " ct.primary_phone, ct.dnd_all, u.id, u.name, u.username, u.avatar_url, ct.created_at"
          + " FROM contacts ct LEFT JOIN users u ON u.id = ct.owner_id";

  /**
   * Every collection of the contacts, one row per element: (contact, kind, id, text, second text,
   * third text, primary, added at). The kinds: P phone, E email, T tag (text = label, second =
   * key), F follower (id, name, username, avatar), D do-not-disturb channel, A automation (name,
   * status).
   */
  private static final String COLLECTIONS =
      "SELECT p.contact_id, 'P', CAST(p.id AS VARCHAR(36)), p.phone, CAST(NULL AS VARCHAR(2048)),"
          + " CAST(NULL AS VARCHAR(2048)), p.is_primary, p.created_at"
          + " FROM contact_phones p WHERE p.contact_id IN (%1$s)"
          + " UNION ALL SELECT e.contact_id, 'E', CAST(e.id AS VARCHAR(36)), e.email, NULL, NULL,"
          + " e.is_primary, e.created_at FROM contact_emails e WHERE e.contact_id IN (%1$s)"
          + " UNION ALL SELECT t.contact_id, 'T', NULL, t.tag, t.tag_key, NULL, FALSE, t.created_at"
          + " FROM contact_tags t WHERE t.contact_id IN (%1$s)"
          + " UNION ALL SELECT f.contact_id, 'F', CAST(u.id AS VARCHAR(36)), u.name, u.username,"
          + " u.avatar_url, FALSE, NULL FROM contact_followers f JOIN users u ON u.id = f.user_id"
          + " WHERE f.contact_id IN (%1$s)"
          + " UNION ALL SELECT d.contact_id, 'D', NULL, d.channel, NULL, NULL, FALSE, NULL"
          + " FROM contact_channel_dnd d WHERE d.contact_id IN (%1$s)"
          + " UNION ALL SELECT ca.contact_id, 'A', CAST(a.id AS VARCHAR(36)), a.name, a.status,"
          + " NULL, FALSE, NULL FROM contact_automations ca"
          + " JOIN automations a ON a.id = ca.automation_id WHERE ca.contact_id IN (%1$s)";

  private static final String MESSAGES =
      "SELECT m.id, m.body, m.sender_type, m.sender_id, m.occurred_at, m.channel, u.name"
          + " FROM messages m LEFT JOIN users u ON u.id = m.sender_id";

  /**
   * The conversation's columns, its assignee's name and username and its team's name (subqueries by
   * primary key, evaluated for the rows returned only: the count and the walk do not change).
   */
  static final String CONVERSATION_COLUMNS =
      "SELECT c.id, c.contact_id, c.channel, c.unread_count, c.is_starred, c.last_message_id,"
          + " c.last_message_at, c.sort_at, c.status, c.snoozed_until, c.assignee_id,"
          + " (SELECT ua.name FROM users ua WHERE ua.id = c.assignee_id) AS assignee_name,"
          + " (SELECT ua.username FROM users ua WHERE ua.id = c.assignee_id) AS assignee_username,"
          + " c.team_id, (SELECT tm.name FROM teams tm WHERE tm.id = c.team_id) AS team_name";

  /**
   * Up to how many conversations the total of a list searched by words ({@code ?search=}) is
   * counted exactly; beyond it the total is PostgreSQL's estimate (meta says so). Counting a name's
   * visible conversations checks each match's visibility: 1,000 took most of the request.
   */
  static final int SEARCH_EXACT_TOTAL = 200;

  private static final String RARE_MATCHES =
      " FROM (SELECT s.conversation_id, s.sort_at FROM conversation_search s"
          + " WHERE s.contact_words @@ chat_search_query(CAST(?1 AS TEXT), TRUE, CAST(?2 AS TEXT))) r"
          + " CROSS JOIN LATERAL (SELECT c.* FROM conversations c WHERE c.id = r.conversation_id"
          + " OFFSET 0) c";

  private SqlReads sql;
  private PageTotals totals;
  private SearchCommonness commonness;

  protected SqlConversationCards() {}

  @Inject
  public SqlConversationCards(SqlReads sql, PageTotals totals, SearchCommonness commonness) {
    this.sql = sql;
    this.totals = totals;
    this.commonness = commonness;
  }

  /**
   * {@inheritDoc}
   *
   * <p>On PostgreSQL a search by words ({@code ?search=}, V10's {@code
   * conversation_search.contact_words}) takes one of two shapes, chosen from the text's commonness
   * ({@link SearchCommonness}): a text rare among contacts (a last name: a few % of them) takes its
   * matches from the GIN index, sorts them by the {@code sort_at} stored beside the words, and
   * reads conversations (and contacts, for visibility) in that order only until the page is full; a
   * common one walks the conversations newest first and checks each one's words, stopping as soon
   * as the page is full. Both run with nested loops only.
   */
  @Override
  public Page<ConversationCard> page(
      ConversationCriteria criteria, Visibility visibility, PageRequest page) {
    SqlWhere where = new SqlWhere();
    ConversationConditions.filters(where, criteria);
    ContactConditions.visibleConversationRow(where, visibility);
    boolean postgres = sql.dialect() == DatabaseDialect.POSTGRESQL;
    Optional<String> words =
        criteria.search().filter(t -> postgres && ContactConditions.hasWords(t));
    boolean rare = words.isPresent() && !commonness.of(words.get()).contact();
    if (!rare) {
      criteria
          .search()
          .ifPresent(
              text -> {
                if (words.isPresent()) {
                  ContactConditions.contactWordsMatch(where, text);
                } else {
                  ContactConditions.containsText(where, text);
                }
              });
    }
    boolean joinContact =
        visibility.restrictedTo().isPresent() || (criteria.search().isPresent() && words.isEmpty());
    String join = joinContact ? " JOIN contacts ct ON ct.id = c.contact_id" : "";
    String from = (rare ? RARE_MATCHES : " FROM conversations c") + join;
    List<Object> fromValues =
        rare ? List.of(words.get(), ContactConditions.digitsOrEmpty(words.get())) : List.of();
    // a rare text's page is ordered by its matches' own sort_at (the same as the conversation's,
    // kept by a trigger): the conversations are then read in order, not all read and sorted
    String sortAt = rare ? "r.sort_at" : "c.sort_at";
    String id = rare ? "r.conversation_id" : "c.id";
    boolean oldest = criteria.sort() == ConversationSort.OLDEST;
    String direction = oldest ? "ASC" : "DESC";
    String orderBy = " ORDER BY " + sortAt + " " + direction + ", " + id + " " + direction;
    // a search by words, or one person's or team's conversations (#18), joins its rows by key,
    // never by hashing a whole table: the count of an agent's ~700 open conversations was planned
    // (generic plan) as a hash join over every contact, 400 ms against 8 ms for its page
    boolean fewRows =
        words.isPresent()
            || criteria.workflow().assignee().filter(Optional::isPresent).isPresent()
            || criteria.workflow().team().isPresent();
    NativeRows rows = postgres && fewRows ? nestedLoopsOnly() : sql;
    NativePages.ListQuery<ConversationCard> list =
        new NativePages.ListQuery<>(
            NativePages.mapped(rows, SqlConversationCards::conversation),
            CONVERSATION_COLUMNS,
            from,
            fromValues,
            where,
            orderBy,
            words.isPresent() ? SEARCH_EXACT_TOTAL : PageTotals.CONFIGURED);
    Function<ConversationCard, String> token =
        c -> new ConversationCursor(c.sortAt(), c.id()).encode();
    if (criteria.after().isEmpty()) {
      return NativePages.page(rows, totals, list, page, token);
    }
    ConversationCursor after = criteria.after().get();
    // a row comparison: PostgreSQL starts the index walk right at the position
    SqlWhere keyset =
        where
            .copy()
            .and(
                "(" + sortAt + ", " + id + ") " + (oldest ? ">" : "<") + " (?, ?)",
                after.sortAt(),
                after.id());
    return NativePages.after(rows, totals, list, keyset, page, token);
  }

  /** {@link SqlReads} with hash and merge joins off for each statement (PostgreSQL). */
  private NativeRows nestedLoopsOnly() {
    return new NativeRows() {
      @Override
      public List<Object[]> rows(String statement, List<?> values) {
        return sql.rowsWithSettings(statement, values, NESTED_LOOPS_ONLY);
      }

      @Override
      public DatabaseDialect dialect() {
        return sql.dialect();
      }
    };
  }

  private static final Map<String, String> NESTED_LOOPS_ONLY =
      Map.of("enable_hashjoin", "off", "enable_mergejoin", "off");

  @Override
  public ConversationCountsView counts(
      Visibility visibility, UUID me, Optional<ConversationStatus> status) {
    SqlWhere where = new SqlWhere();
    ContactConditions.visibleConversationRow(where, visibility);
    String join =
        visibility.restrictedTo().isPresent() ? " JOIN contacts ct ON ct.id = c.contact_id" : "";
    // the status asked for, as a CASE condition bound before the WHERE's values
    String within = status.isPresent() ? "c.status = ?1 AND " : "";
    List<Object> values = new ArrayList<>();
    status.ifPresent(s -> values.add(s.wireName()));
    int meAt = values.size() + 1;
    values.add(me);
    values.addAll(where.values());
    StringBuilder select = new StringBuilder("SELECT");
    for (ConversationStatus s : ConversationStatus.values()) {
      select
          .append(" SUM(CASE WHEN c.status = '")
          .append(s.wireName())
          .append("' THEN 1 ELSE 0 END),");
    }
    select
        .append(" SUM(CASE WHEN ")
        .append(within)
        .append("c.assignee_id = ?")
        .append(meAt)
        .append(" THEN 1 ELSE 0 END), SUM(CASE WHEN ")
        .append(within)
        .append("c.assignee_id IS NULL THEN 1 ELSE 0 END), SUM(CASE WHEN ")
        .append(within.isEmpty() ? "TRUE" : within.substring(0, within.length() - 5))
        .append(" THEN 1 ELSE 0 END)")
        .append(" FROM conversations c")
        .append(join);
    String conditions = where.conditions(values.size() - where.size() + 1);
    select.append(" WHERE ").append(conditions);
    Object[] r = sql.rows(select.toString(), values).get(0);
    Map<ConversationStatus, Long> byStatus = new java.util.EnumMap<>(ConversationStatus.class);
    ConversationStatus[] statuses = ConversationStatus.values();
    for (int i = 0; i < statuses.length; i++) {
      byStatus.put(statuses[i], count(r[i]));
    }
    int n = statuses.length;
    return new ConversationCountsView(byStatus, count(r[n]), count(r[n + 1]), count(r[n + 2]));
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  @Override
  public Optional<ConversationCard> visible(UUID conversationId, Visibility visibility) {
    SqlWhere where = new SqlWhere().and("c.id = ?", conversationId);
    ContactConditions.visibleConversationRow(where, visibility);
    String join =
        visibility.restrictedTo().isPresent() ? " JOIN contacts ct ON ct.id = c.contact_id" : "";
    return sql
        .rows(
            CONVERSATION_COLUMNS + " FROM conversations c" + join + where.render(), where.values())
        .stream()
        .findFirst()
        .map(SqlConversationCards::conversation);
  }

  @Override
  public Map<UUID, ConversationCard> conversations(Collection<UUID> conversationIds) {
    if (conversationIds.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = List.copyOf(Set.copyOf(conversationIds));
    Map<UUID, ConversationCard> cards = new HashMap<>();
    for (Object[] r :
        rows(
            CONVERSATION_COLUMNS
                + " FROM conversations c WHERE c.id IN ("
                + SqlReads.placeholders(ids.size())
                + ")",
            ids)) {
      ConversationCard card = conversation(r);
      cards.put(card.id(), card);
    }
    return cards;
  }

  static ConversationCard conversation(Object[] r) {
    return new ConversationCard(
        NativeValues.uuid(r[0]),
        NativeValues.uuid(r[1]),
        NativeValues.channel(r[2]),
        ((Number) r[3]).intValue(),
        NativeValues.bool(r[4]),
        Optional.ofNullable(NativeValues.uuid(r[5])),
        Optional.ofNullable(NativeValues.instant(r[6])),
        NativeValues.instant(r[7]),
        ConversationStatus.fromWireName(NativeValues.text(r[8])).orElse(ConversationStatus.OPEN),
        Optional.ofNullable(NativeValues.instant(r[9])),
        Optional.ofNullable(NativeValues.uuid(r[10])),
        Optional.ofNullable(NativeValues.uuid(r[10]))
            .filter(id -> r[11] != null)
            .map(
                id -> new PersonView(id, NativeValues.text(r[11]), NativeValues.text(r[12]), null)),
        Optional.ofNullable(NativeValues.uuid(r[13])),
        Optional.ofNullable(NativeValues.uuid(r[13]))
            .filter(id -> r[14] != null)
            .map(id -> new TeamRefView(id, NativeValues.text(r[14]))));
  }

  @Override
  public Map<UUID, PersonView> people(Collection<UUID> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = List.copyOf(Set.copyOf(userIds));
    Map<UUID, PersonView> people = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT u.id, u.name, u.username, u.avatar_url FROM users u WHERE u.id IN ("
                + SqlReads.placeholders(ids.size())
                + ")",
            ids)) {
      UUID id = NativeValues.uuid(r[0]);
      people.put(
          id,
          new PersonView(
              id, NativeValues.text(r[1]), NativeValues.text(r[2]), NativeValues.text(r[3])));
    }
    return people;
  }

  @Override
  public Set<UUID> teamsOf(UUID userId) {
    Set<UUID> teams = new java.util.HashSet<>();
    for (Object[] r :
        sql.rows(
            "SELECT tm.team_id, 1 FROM team_members tm WHERE tm.user_id = ?1", List.of(userId))) {
      teams.add(NativeValues.uuid(r[0]));
    }
    return teams;
  }

  @Override
  public Map<UUID, TeamRefView> teams(Collection<UUID> teamIds) {
    if (teamIds.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = List.copyOf(Set.copyOf(teamIds));
    Map<UUID, TeamRefView> teams = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT t.id, t.name FROM teams t WHERE t.id IN ("
                + SqlReads.placeholders(ids.size())
                + ")",
            ids)) {
      UUID id = NativeValues.uuid(r[0]);
      teams.put(id, new TeamRefView(id, NativeValues.text(r[1])));
    }
    return teams;
  }

  @Override
  public Map<UUID, ContactCard> contacts(Collection<UUID> contactIds) {
    if (contactIds.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = List.copyOf(Set.copyOf(contactIds));
    Map<UUID, Collections> collections = collections(ids);
    Map<UUID, ContactCard> cards = new HashMap<>();
    for (Object[] r :
        rows(CONTACTS + " WHERE ct.id IN (" + SqlReads.placeholders(ids.size()) + ")", ids)) {
      UUID id = NativeValues.uuid(r[0]);
      Collections c = collections.getOrDefault(id, new Collections());
      cards.put(
          id,
          new ContactCard(
              id,
              NativeValues.text(r[1]),
              optional(r[2]),
              optional(r[3]),
              optional(r[4]),
              optional(r[5]),
              optional(r[6]),
              Optional.ofNullable(r[8])
                  .map(
                      owner ->
                          new PersonView(
                              NativeValues.uuid(owner),
                              NativeValues.text(r[9]),
                              NativeValues.text(r[10]),
                              NativeValues.text(r[11]))),
              NativeValues.bool(r[7]),
              c.dnd,
              Added.inOrder(c.emails),
              Added.inOrder(c.phones),
              c.tags.stream().sorted(Comparator.comparing(Tag::key)).map(Tag::label).toList(),
              c.followers.stream()
                  .sorted(Comparator.comparing(PersonView::name, String.CASE_INSENSITIVE_ORDER))
                  .toList(),
              c.automations.stream()
                  .sorted(Comparator.comparing(AutomationView::name, String.CASE_INSENSITIVE_ORDER))
                  .toList(),
              NativeValues.instant(r[12])));
    }
    return cards;
  }

  @Override
  public Map<UUID, MessageCard> messages(Collection<UUID> messageIds) {
    if (messageIds.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = List.copyOf(Set.copyOf(messageIds));
    Map<UUID, MessageCard> cards = new HashMap<>();
    for (Object[] r :
        rows(MESSAGES + " WHERE m.id IN (" + SqlReads.placeholders(ids.size()) + ")", ids)) {
      UUID id = NativeValues.uuid(r[0]);
      cards.put(
          id,
          new MessageCard(
              id,
              NativeValues.text(r[1]),
              SenderType.valueOf(NativeValues.text(r[2]).toUpperCase(Locale.ROOT)),
              Optional.ofNullable(NativeValues.uuid(r[3])),
              optional(r[6]),
              NativeValues.instant(r[4]),
              NativeValues.channel(r[5])));
    }
    return cards;
  }

  private Map<UUID, Collections> collections(List<UUID> ids) {
    String in = SqlReads.placeholders(ids.size());
    Map<UUID, Collections> byContact = new HashMap<>();
    for (Object[] r : rows(String.format(Locale.ROOT, COLLECTIONS, in), ids)) {
      Collections c = byContact.computeIfAbsent(NativeValues.uuid(r[0]), k -> new Collections());
      String text = NativeValues.text(r[3]);
      switch (NativeValues.text(r[1])) {
        case "P" ->
            c.phones.add(
                new Added<>(
                    NativeValues.instant(r[7]),
                    NativeValues.uuid(r[2]),
                    new PhoneView(NativeValues.uuid(r[2]), text, NativeValues.bool(r[6]))));
        case "E" ->
            c.emails.add(
                new Added<>(
                    NativeValues.instant(r[7]),
                    NativeValues.uuid(r[2]),
                    new EmailView(NativeValues.uuid(r[2]), text, NativeValues.bool(r[6]))));
        case "T" -> c.tags.add(new Tag(NativeValues.text(r[4]), text));
        case "F" ->
            c.followers.add(
                new PersonView(
                    NativeValues.uuid(r[2]),
                    text,
                    NativeValues.text(r[4]),
                    NativeValues.text(r[5])));
        case "D" -> c.dnd.add(NativeValues.channel(text));
        case "A" ->
            c.automations.add(
                new AutomationView(NativeValues.uuid(r[2]), text, NativeValues.text(r[4])));
        default -> throw new IllegalStateException("unknown collection kind " + r[1]);
      }
    }
    return byContact;
  }

  /**
   * The rows of {@code sql}, whose {@code ?1…?n} placeholders (repeated or not) take {@code ids}.
   */
  private List<Object[]> rows(String statement, List<UUID> ids) {
    return sql.rows(statement, ids);
  }

  private static Optional<String> optional(Object value) {
    return Optional.ofNullable(NativeValues.text(value));
  }

  /** An address with when it was added (addresses show in the order they were added). */
  private record Added<T>(Instant at, UUID id, T value) {
    static <T> List<T> inOrder(List<Added<T>> added) {
      return added.stream()
          .sorted(Comparator.comparing(Added<T>::at).thenComparing(Added<T>::id))
          .map(Added::value)
          .toList();
    }
  }

  private record Tag(String key, String label) {}

  /** The collections of one contact, as read. */
  private static final class Collections {
    final List<Added<PhoneView>> phones = new ArrayList<>();
    final List<Added<EmailView>> emails = new ArrayList<>();
    final List<Tag> tags = new ArrayList<>();
    final List<PersonView> followers = new ArrayList<>();
    final Set<Channel> dnd = EnumSet.noneOf(Channel.class);
    final List<AutomationView> automations = new ArrayList<>();
  }
}
