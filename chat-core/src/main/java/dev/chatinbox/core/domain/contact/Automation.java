package dev.chatinbox.core.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An automation a contact is enrolled in (read-only here: no engine runs them). */
@Entity
@Table(name = "automations")
public class Automation {
  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  /** {@code active} or {@code paused}. */
  @Column(nullable = false)
  private String status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Automation() {}

  public Automation(UUID id, String name, String status, Instant createdAt) {
    this.id = id;
    this.name = name;
    this.status = status;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String status() {
    return status;
  }
}
