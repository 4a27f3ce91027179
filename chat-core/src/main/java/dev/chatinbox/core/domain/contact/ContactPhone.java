package dev.chatinbox.core.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One phone number (E.164) of a contact. */
@Entity
@Table(name = "contact_phones")
public class ContactPhone extends ContactAddress {
  @Column(nullable = false)
  private String phone;

  protected ContactPhone() {}

  ContactPhone(UUID id, Contact contact, String phone, boolean primary, Instant createdAt) {
    super(id, contact, primary, createdAt);
    this.phone = phone;
  }

  public String phone() {
    return phone;
  }
}
