package dev.chatinbox.core.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A tag on a contact. Tags are unique per contact ignoring case; the first spelling is kept. */
@Embeddable
public class ContactTag {
  /** Longest tag accepted. */
  public static final int MAX_LENGTH = 50;

  @Column(name = "tag_key", nullable = false)
  private String key;

  @Column(name = "tag", nullable = false)
  private String label;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ContactTag() {}

  ContactTag(String label, Instant createdAt) {
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

  @Override
  public boolean equals(Object o) {
    return o instanceof ContactTag other && key.equals(other.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key);
  }
}
