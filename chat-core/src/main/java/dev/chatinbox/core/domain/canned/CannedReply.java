package dev.chatinbox.core.domain.canned;

import dev.chatinbox.core.domain.shared.ConflictException;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A canned reply: a short code (unique within its scope), a title and a body that may name {@link
 * ReplyVariables}. Shared replies belong to the team (no owner); personal ones to their owner only.
 */
@Entity
@Table(name = "canned_replies")
public class CannedReply {
  public static final int MAX_SHORT_CODE = 32;
  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 10_000;

  /** The scope of shared replies ({@code scope_id}): no user has the nil UUID. */
  public static final UUID SHARED_SCOPE = new UUID(0, 0);

  private static final Pattern SHORT_CODE = Pattern.compile("[a-z0-9_-]{1," + MAX_SHORT_CODE + "}");

  @Id private UUID id;

  @Column(name = "scope_id", nullable = false)
  private UUID scopeId;

  @Column(name = "owner_id")
  private UUID ownerId;

  @Column(name = "short_code", nullable = false)
  private String shortCode;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_by")
  private UUID createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected CannedReply() {}

  /**
   * A new reply; its fields are checked together (one 400 naming every bad one).
   *
   * @param owner the owner of a personal reply; empty for a shared one
   */
  public CannedReply(
      UUID id,
      Optional<UUID> owner,
      String shortCode,
      String title,
      String body,
      UUID createdBy,
      Instant now) {
    List<FieldViolation> violations = new ArrayList<>();
    this.id = Objects.requireNonNull(id);
    this.ownerId = owner.orElse(null);
    this.scopeId = owner.orElse(SHARED_SCOPE);
    this.shortCode = checkedShortCode(shortCode, violations);
    this.title = checkedTitle(title, violations);
    this.body = checkedBody(body, violations);
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedAt = now;
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  /** Changes the fields given (empty: unchanged), checked together. */
  public void edit(
      Optional<String> shortCode, Optional<String> title, Optional<String> body, Instant now) {
    List<FieldViolation> violations = new ArrayList<>();
    String code = shortCode.map(c -> checkedShortCode(c, violations)).orElse(this.shortCode);
    String t = title.map(v -> checkedTitle(v, violations)).orElse(this.title);
    String b = body.map(v -> checkedBody(v, violations)).orElse(this.body);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    this.shortCode = code;
    this.title = t;
    this.body = b;
    this.updatedAt = now;
  }

  /** The 409 for a short code already used in the reply's scope. */
  public static ConflictException shortCodeTaken(String shortCode) {
    return new ConflictException(
        "short-code-taken", "The short code '" + shortCode + "' is already used in this scope");
  }

  /** A short code as stored: trimmed, without a leading {@code /}, lower-case. */
  public static String normalisedShortCode(String raw) {
    String code = raw.trim();
    if (code.startsWith("/")) {
      code = code.substring(1);
    }
    return code.toLowerCase(Locale.ROOT);
  }

  private static String checkedShortCode(String raw, List<FieldViolation> violations) {
    if (raw == null || raw.isBlank()) {
      violations.add(new FieldViolation("shortCode", "is required"));
      return null;
    }
    String code = normalisedShortCode(raw);
    if (!SHORT_CODE.matcher(code).matches()) {
      violations.add(
          new FieldViolation(
              "shortCode",
              "must be 1 to "
                  + MAX_SHORT_CODE
                  + " letters, digits, '_' or '-' (stored lower-case)"));
    }
    return code;
  }

  private static String checkedTitle(String raw, List<FieldViolation> violations) {
    if (raw == null || raw.isBlank() || raw.trim().length() > MAX_TITLE) {
      violations.add(new FieldViolation("title", "must be 1 to " + MAX_TITLE + " characters"));
      return raw;
    }
    return raw.trim();
  }

  private static String checkedBody(String raw, List<FieldViolation> violations) {
    if (raw == null || raw.isBlank() || raw.length() > MAX_BODY) {
      violations.add(new FieldViolation("body", "must be 1 to " + MAX_BODY + " characters"));
      return raw;
    }
    Set<String> unknown = ReplyVariables.unknownIn(raw);
    if (!unknown.isEmpty()) {
      violations.add(
          new FieldViolation(
              "body",
              "unknown variables: "
                  + String.join(", ", unknown.stream().map(v -> "{{" + v + "}}").toList())
                  + "; known: "
                  + String.join(", ", ReplyVariables.KNOWN)));
    }
    return raw;
  }

  public UUID id() {
    return id;
  }

  public Optional<UUID> owner() {
    return Optional.ofNullable(ownerId);
  }

  public boolean shared() {
    return ownerId == null;
  }

  public UUID scopeId() {
    return scopeId;
  }

  public String shortCode() {
    return shortCode;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
