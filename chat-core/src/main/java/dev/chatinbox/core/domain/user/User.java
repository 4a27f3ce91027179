package dev.chatinbox.core.domain.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A team member. Identified by the JWT {@code sub} ({@link #subject()}).
 *
 * <p>Name, email and roles are the directory's copy: written from the token when the user is
 * provisioned, again whenever the token's claims change, and in between by administrators.
 * Authorisation never reads them; it follows the token's {@code groups}.
 */
@Entity
@Table(name = "users")
public class User {
  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String subject;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(nullable = false)
  private String name;

  private String email;

  @Column(name = "avatar_url")
  private String avatarUrl;

  @Column(nullable = false)
  private boolean active = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** Fingerprint of the token claims last applied ({@link #applyTokenClaims}); null before. */
  @Column(name = "claims_fingerprint")
  private String claimsFingerprint;

  /** {@link Availability#wireName()}. */
  @Column(nullable = false)
  private String availability = Availability.ONLINE.wireName();

  protected User() {}

  public User(
      UUID id,
      String subject,
      String username,
      String name,
      String email,
      Set<Role> roles,
      Instant now) {
    this.id = Objects.requireNonNull(id);
    this.subject = Objects.requireNonNull(subject);
    this.username = Objects.requireNonNull(username);
    this.name = Objects.requireNonNull(name);
    this.email = email;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.createdAt = now;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String subject() {
    return subject;
  }

  public String username() {
    return username;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  public String avatarUrl() {
    return avatarUrl;
  }

  public boolean active() {
    return active;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Brings name, email and roles in line with what the identity provider says now.
   *
   * @return whether anything changed
   */
  public boolean syncClaims(String name, String email, Set<Role> roles, Instant now) {
    boolean changed =
        !this.name.equals(name) || !Objects.equals(this.email, email) || !this.roles.equals(roles);
    if (changed) {
      this.name = name;
      this.email = email;
      this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
      this.updatedAt = now;
    }
    return changed;
  }

  /**
   * Applies what a token says, but only when it says something new: {@code fingerprint} stands for
   * the claims, and when it equals the one applied last nothing changes, so that an administrator's
   * edits stand until the identity provider changes the user.
   *
   * @return whether anything changed
   */
  public boolean applyTokenClaims(
      String name, String email, Set<Role> roles, String fingerprint, Instant now) {
    if (fingerprint.equals(claimsFingerprint)) {
      return false;
    }
    syncClaims(name, email, roles, now);
    claimsFingerprint = fingerprint;
    return true;
  }

  /** Sets the avatar URL shown beside the user's name. */
  public Availability availability() {
    return Availability.fromWireName(availability).orElse(Availability.ONLINE);
  }

  public void changeAvailability(Availability availability, Instant now) {
    this.availability = availability.wireName();
    this.updatedAt = now;
  }

  public void changeAvatar(String avatarUrl, Instant now) {
    this.avatarUrl = avatarUrl;
    this.updatedAt = now;
  }

  /** Renames the user in the directory. */
  public void rename(String name, Instant now) {
    this.name = Objects.requireNonNull(name);
    this.updatedAt = now;
  }

  /** Replaces the directory's copy of the roles (authorisation follows the token's groups). */
  public void changeRoles(Set<Role> roles, Instant now) {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a user needs at least one role");
    }
    this.roles = EnumSet.copyOf(roles);
    this.updatedAt = now;
  }

  /**
   * Deactivates ({@code false}) or reactivates ({@code true}) the account. A deactivated user's
   * tokens are refused and they cannot be made owner, follower or assignee.
   *
   * @return whether anything changed
   */
  public boolean changeActive(boolean active, Instant now) {
    if (this.active == active) {
      return false;
    }
    this.active = active;
    this.updatedAt = now;
    return true;
  }
}
