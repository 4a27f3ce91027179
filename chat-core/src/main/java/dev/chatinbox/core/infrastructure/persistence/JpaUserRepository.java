package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.domain.user.UserCriteria;
import dev.chatinbox.core.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Team members. Directory reads select the matching ids in SQL (filter, rank, order, limit), then
 * load those users with their roles in one batch, so a listing costs three statements whatever its
 * size.
 */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {
  /** Lower-cased columns a directory search looks into. */
  private static final List<String> SEARCHED =
      List.of("LOWER(u.name)", "LOWER(u.username)", "LOWER(COALESCE(u.email, ''))");

  private EntityManager em;

  protected JpaUserRepository() {}

  @Inject
  public JpaUserRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<User> find(UUID id) {
    return Optional.ofNullable(em.find(User.class, id));
  }

  @Override
  public Optional<User> findBySubject(String subject) {
    return em
        .createQuery("SELECT u FROM User u WHERE u.subject = :subject", User.class)
        .setParameter("subject", subject)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public List<User> findAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT u FROM User u WHERE u.id IN :ids", User.class)
        .setParameter("ids", ids)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "u.roles")
        .getResultList();
  }

  @Override
  public List<User> findActiveByUsernames(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT u FROM User u WHERE LOWER(u.username) IN :names AND u.active = TRUE",
            User.class)
        .setParameter(
            "names",
            usernames.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).distinct().toList())
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "u.roles")
        .getResultList();
  }

  @Override
  public boolean usernameTaken(String username) {
    return !em.createQuery("SELECT u.id FROM User u WHERE u.username = :username", UUID.class)
        .setParameter("username", username)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<User> list(UserCriteria criteria, int limit) {
    SqlWhere where = new SqlWhere();
    if (!criteria.includeInactive()) {
      where.and("u.active = TRUE");
    }
    criteria.role().ifPresent(role -> hasRole(where, role));
    criteria.text().ifPresent(text -> contains(where, text));
    if (!criteria.excluded().isEmpty()) {
      where.and(
          "u.id NOT IN ("
              + String.join(", ", Collections.nCopies(criteria.excluded().size(), "?"))
              + ")",
          criteria.excluded().toArray());
    }
    int max = where.size() + 1;
    Query query =
        em.createNativeQuery(
            "SELECT u.id FROM users u"
                + where.render()
                + " ORDER BY LOWER(u.name), u.id LIMIT ?"
                + max);
    where.bind(query);
    query.setParameter(max, limit);
    return inOrder(ids(query));
  }

  @Override
  public List<User> search(String text, Optional<Role> role, int limit) {
    SqlWhere where = new SqlWhere().and("u.active = TRUE");
    role.ifPresent(r -> hasRole(where, r));
    contains(where, text);
    String startsWith = startingWith(text);
    int prefix = where.size() + 1;
    int wordPrefix = prefix + 1;
    int max = prefix + 2;
    Query query =
        em.createNativeQuery(
            "SELECT u.id FROM users u"
                + where.render()
                + " ORDER BY CASE"
                + " WHEN LOWER(u.name) LIKE ?"
                + prefix
                + SqlLike.ESCAPE_CLAUSE
                + " OR LOWER(u.username) LIKE ?"
                + prefix
                + SqlLike.ESCAPE_CLAUSE
                + " THEN 0"
                + " WHEN LOWER(u.name) LIKE ?"
                + wordPrefix
                + SqlLike.ESCAPE_CLAUSE
                + " THEN 1 ELSE 2 END, LOWER(u.name), u.id LIMIT ?"
                + max);
    where.bind(query);
    query.setParameter(prefix, startsWith);
    query.setParameter(wordPrefix, "% " + startsWith);
    query.setParameter(max, limit);
    return inOrder(ids(query));
  }

  @Override
  public void store(User user) {
    if (!em.contains(user)) {
      em.persist(user);
    }
  }

  private static void hasRole(SqlWhere where, Role role) {
    where.and(
        "EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = ?)", role.name());
  }

  private static void contains(SqlWhere where, String text) {
    String pattern = SqlLike.containing(text.toLowerCase(Locale.ROOT));
    where.and(
        SEARCHED.stream()
            .map(column -> column + " LIKE ?" + SqlLike.ESCAPE_CLAUSE)
            .collect(Collectors.joining(" OR ")),
        Collections.nCopies(SEARCHED.size(), pattern).toArray());
  }

  /** {@code text%} in lower case, LIKE metacharacters escaped: the containing pattern's tail. */
  private static String startingWith(String text) {
    return SqlLike.containing(text.toLowerCase(Locale.ROOT)).substring(1);
  }

  @SuppressWarnings("unchecked")
  private static List<UUID> ids(Query query) {
    return ((List<Object>) query.getResultList())
        .stream()
            .map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()))
            .toList();
  }

  /** The users with these ids, in the order of the ids. */
  private List<User> inOrder(List<UUID> ids) {
    Map<UUID, User> byId =
        findAll(ids).stream().collect(Collectors.toMap(User::id, Function.identity()));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }
}
