package dev.chatinbox.core.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A tag on a contact. Tags are unique per contact ignoring case; the first spelling is kept. */
@Entity
@Table(name = "contact_tags")
public class ContactTag {
  /** Longest tag accepted. */
  public static final int MAX_LENGTH = 50;

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "contact_id", nullable = false)
  private Contact contact;

  @Column(name = "tag_key", nullable = false)
  private String key;

  @Column(name = "tag", nullable = false)
  private String label;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ContactTag() {}

  ContactTag(UUID id, Contact contact, String label, Instant createdAt) {
    this.id = id;
    this.contact = contact;
    this.label = label;
    this.key = keyOf(label);
    this.createdAt = createdAt;
  }

  /** The case-insensitive identity of a tag. */
  public static String keyOf(String label) {
    return label.toLowerCase(Locale.ROOT);
  }

  public String label() {
    return label;
  }

  public String key() {
    return key;
  }
}
