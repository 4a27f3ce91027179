package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Team members. */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {
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
  public boolean usernameTaken(String username) {
    return !em.createQuery("SELECT u.id FROM User u WHERE u.username = :username", UUID.class)
        .setParameter("username", username)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void store(User user) {
    if (!em.contains(user)) {
      em.persist(user);
    }
  }
}
