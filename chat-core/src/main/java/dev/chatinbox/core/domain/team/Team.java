package dev.chatinbox.core.domain.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A group of agents a conversation can be handed to. With auto-assignment on, a new inbound
 * conversation of one of the team's channels goes to the next member in round-robin order who is
 * online and holds fewer unresolved conversations than the capacity.
 */
@Entity
@Table(name = "teams")
public class Team {
  public static final int MAX_NAME_LENGTH = 100;
  public static final int MAX_CAPACITY = 10_000;
  public static final int DEFAULT_CAPACITY = 10;

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(name = "name_key", nullable = false)
  private String nameKey;

  @Column(name = "auto_assign", nullable = false)
  private boolean autoAssign;

  @Column(name = "agent_capacity", nullable = false)
  private int agentCapacity = DEFAULT_CAPACITY;

  /** Round-robin clock: each auto-assignment takes the next value. */
  @Column(name = "assign_seq", nullable = false)
  private long assignSeq;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Team() {}

  public Team(UUID id, String name, Instant now) {
    this.id = Objects.requireNonNull(id);
    rename(name, now);
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** The lower-cased name: team names are unique case-insensitively. */
  public String nameKey() {
    return nameKey;
  }

  public boolean autoAssign() {
    return autoAssign;
  }

  public int agentCapacity() {
    return agentCapacity;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public void rename(String name, Instant now) {
    String trimmed = Objects.requireNonNull(name).strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("name must have 1.." + MAX_NAME_LENGTH + " characters");
    }
    this.name = trimmed;
    this.nameKey = trimmed.toLowerCase(Locale.ROOT);
    this.updatedAt = now;
  }

  public void autoAssign(boolean on, Instant now) {
    this.autoAssign = on;
    this.updatedAt = now;
  }

  public void agentCapacity(int capacity, Instant now) {
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw new IllegalArgumentException("capacity must be between 1 and " + MAX_CAPACITY);
    }
    this.agentCapacity = capacity;
    this.updatedAt = now;
  }

  /** The next round-robin value, given to the member assigned now. */
  public long nextAssignment() {
    return ++assignSeq;
  }
}
