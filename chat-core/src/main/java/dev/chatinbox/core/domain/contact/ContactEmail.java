package dev.chatinbox.core.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One email address of a contact. */
@Entity
@Table(name = "contact_emails")
public class ContactEmail {
  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "contact_id", nullable = false)
  private Contact contact;

  @Column(nullable = false)
  private String email;

  @Column(name = "is_primary", nullable = false)
  private boolean primary;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ContactEmail() {}

  ContactEmail(UUID id, Contact contact, String email, boolean primary, Instant createdAt) {
    this.id = id;
    this.contact = contact;
    this.email = email;
    this.primary = primary;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public UUID contactId() {
    return contact.id();
  }

  public String email() {
    return email;
  }

  public boolean primary() {
    return primary;
  }

  void primary(boolean primary) {
    this.primary = primary;
  }
}
