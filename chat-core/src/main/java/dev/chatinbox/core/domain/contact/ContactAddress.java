package dev.chatinbox.core.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * What a contact's phone numbers and email addresses share: their own id, the contact they belong
 * to, whether they are the primary one, and when they were added. Each kind has its own table and
 * value column ({@link ContactPhone}, {@link ContactEmail}).
 */
@MappedSuperclass
public abstract class ContactAddress {
  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "contact_id", nullable = false)
  private Contact contact;

  @Column(name = "is_primary", nullable = false)
  private boolean primary;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ContactAddress() {}

  ContactAddress(UUID id, Contact contact, boolean primary, Instant createdAt) {
    this.id = id;
    this.contact = contact;
    this.primary = primary;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public UUID contactId() {
    return contact.id();
  }

  public boolean primary() {
    return primary;
  }

  void primary(boolean primary) {
    this.primary = primary;
  }
}
