package dev.chatinbox.core.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One email address of a contact. */
@Entity
@Table(name = "contact_emails")
public class ContactEmail extends ContactAddress {
  @Column(nullable = false)
  private String email;

  protected ContactEmail() {}

  ContactEmail(UUID id, Contact contact, String email, boolean primary, Instant createdAt) {
    super(id, contact, primary, createdAt);
    this.email = email;
  }

  public String email() {
    return email;
  }
}
