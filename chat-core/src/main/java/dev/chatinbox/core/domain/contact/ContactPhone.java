package dev.chatinbox.core.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One phone number (E.164) of a contact. */
@Entity
@Table(name = "contact_phones")
public class ContactPhone {
  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "contact_id", nullable = false)
  private Contact contact;

  @Column(nullable = false)
  private String phone;

  @Column(name = "is_primary", nullable = false)
  private boolean primary;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ContactPhone() {}

  ContactPhone(UUID id, Contact contact, String phone, boolean primary, Instant createdAt) {
    this.id = id;
    this.contact = contact;
    this.phone = phone;
    this.primary = primary;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public UUID contactId() {
    return contact.id();
  }

  public String phone() {
    return phone;
  }

  public boolean primary() {
    return primary;
  }

  void primary(boolean primary) {
    this.primary = primary;
  }
}
