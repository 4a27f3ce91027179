package dev.chatinbox.core.domain.contact;

import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.ChannelAttributeConverter;
import dev.chatinbox.core.domain.shared.Ids;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * A person the team talks to. Owns its addresses, owner, followers, tags and do-not-disturb
 * settings (decisions.md: they belong to the contact, every conversation of it shares them).
 *
 * <p>Invariant: among emails (and among phones) at most one is primary, and exactly one while any
 * exist; {@link #primaryEmail()} / {@link #primaryPhone()} always mirror that primary entry.
 */
@Entity
@Table(name = "contacts")
public class Contact {
  /** Longest full name accepted. */
  public static final int MAX_NAME_LENGTH = 200;

  @Id private UUID id;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  private String username;

  @Column(name = "profile_url")
  private String profileUrl;

  private String title;

  @Column(name = "primary_email")
  private String primaryEmail;

  @Column(name = "primary_phone")
  private String primaryPhone;

  @Column(name = "owner_id")
  private UUID ownerId;

  @Column(name = "dnd_all", nullable = false)
  private boolean dndAll;

  @Column(name = "search_text", nullable = false)
  private String searchText = "";

  @OneToMany(mappedBy = "contact", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("createdAt, id")
  private List<ContactEmail> emails = new ArrayList<>();

  @OneToMany(mappedBy = "contact", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("createdAt, id")
  private List<ContactPhone> phones = new ArrayList<>();

  @OneToMany(mappedBy = "contact", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("key")
  private List<ContactTag> tags = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "contact_followers", joinColumns = @JoinColumn(name = "contact_id"))
  @Column(name = "user_id")
  private Set<UUID> followerIds = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "contact_channel_dnd", joinColumns = @JoinColumn(name = "contact_id"))
  @Column(name = "channel")
  @Convert(
      converter = ChannelAttributeConverter.class) // autoApply does not reach element collections
  private Set<Channel> dndChannels = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "contact_automations", joinColumns = @JoinColumn(name = "contact_id"))
  @Column(name = "automation_id")
  private Set<UUID> automationIds = new HashSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Contact() {}

  public Contact(UUID id, String fullName, Instant now) {
    this.id = Objects.requireNonNull(id);
    this.fullName = requireName(fullName);
    this.createdAt = now;
    this.updatedAt = now;
    refreshSearchText();
  }

  private static String requireName(String fullName) {
    if (fullName == null || fullName.isBlank() || fullName.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("fullName must be 1.." + MAX_NAME_LENGTH + " characters");
    }
    return fullName.trim();
  }

  public UUID id() {
    return id;
  }

  public String fullName() {
    return fullName;
  }

  public String username() {
    return username;
  }

  public String profileUrl() {
    return profileUrl;
  }

  public String title() {
    return title;
  }

  public String primaryEmail() {
    return primaryEmail;
  }

  public String primaryPhone() {
    return primaryPhone;
  }

  public Optional<UUID> ownerId() {
    return Optional.ofNullable(ownerId);
  }

  public boolean dndAll() {
    return dndAll;
  }

  public List<ContactEmail> emails() {
    return List.copyOf(emails);
  }

  public List<ContactPhone> phones() {
    return List.copyOf(phones);
  }

  public Set<UUID> followerIds() {
    return Set.copyOf(followerIds);
  }

  /** Channels with do-not-disturb set individually (see also {@link #dndAll()}). */
  public List<Channel> dndChannels() {
    return dndChannels.stream().sorted().toList();
  }

  public Set<UUID> automationIds() {
    return Set.copyOf(automationIds);
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** Corrects the name (a contact created by an inbound message is named after its address). */
  public void rename(String fullName, Instant now) {
    this.fullName = requireName(fullName);
    touch(now);
  }

  /** Sets or clears (null) the job title shown beside the name. */
  public void retitle(String title, Instant now) {
    this.title = title;
    touch(now);
  }

  /** Profile fields shown beside the name in the inbox. */
  public void describe(String username, String title, String profileUrl, Instant now) {
    this.username = username;
    this.title = title;
    this.profileUrl = profileUrl;
    touch(now);
  }

  /**
   * Adds an address (already normalised). The first address becomes primary; {@code primary} moves
   * the primary flag to it. Adding an address the contact already has only applies {@code primary}.
   */
  public ContactEmail addEmail(String normalisedEmail, boolean primary, Instant now) {
    ContactEmail entry =
        emails.stream().filter(e -> e.email().equals(normalisedEmail)).findFirst().orElse(null);
    if (entry == null) {
      entry = new ContactEmail(Ids.newId(), this, normalisedEmail, false, now);
      emails.add(entry);
    }
    if (primary || primaryEmail == null) {
      for (ContactEmail e : emails) {
        e.primary(e == entry);
      }
      primaryEmail = entry.email();
    }
    touch(now);
    return entry;
  }

  /** Adds an E.164 phone number; same primary rules as {@link #addEmail}. */
  public ContactPhone addPhone(String e164, boolean primary, Instant now) {
    ContactPhone entry =
        phones.stream().filter(p -> p.phone().equals(e164)).findFirst().orElse(null);
    if (entry == null) {
      entry = new ContactPhone(Ids.newId(), this, e164, false, now);
      phones.add(entry);
    }
    if (primary || primaryPhone == null) {
      for (ContactPhone p : phones) {
        p.primary(p == entry);
      }
      primaryPhone = entry.phone();
    }
    touch(now);
    return entry;
  }

  /** Makes {@code userId} the owner, or clears the owner with {@code null}. */
  public void assignOwner(UUID userId, Instant now) {
    this.ownerId = userId;
    touch(now);
  }

  /** Adds a follower; following twice is a no-op. */
  public void follow(UUID userId, Instant now) {
    if (followerIds.add(userId)) {
      touch(now);
    }
  }

  /** Removes a follower; removing one who does not follow is a no-op. */
  public void unfollow(UUID userId, Instant now) {
    if (followerIds.remove(userId)) {
      touch(now);
    }
  }

  /** Makes exactly these users the followers. */
  public void replaceFollowers(Set<UUID> userIds, Instant now) {
    if (!followerIds.equals(userIds)) {
      followerIds.clear();
      followerIds.addAll(userIds);
      touch(now);
    }
  }

  /** Removes a tag, ignoring case. @return whether the contact had it */
  public boolean untag(String label, Instant now) {
    String key = ContactTag.keyOf(label.trim());
    boolean removed = tags.removeIf(t -> t.key().equals(key));
    if (removed) {
      touch(now);
    }
    return removed;
  }

  /**
   * Makes exactly these the tags (each trimmed, duplicates ignoring case kept once); existing tags
   * that stay keep their spelling.
   */
  public void replaceTags(List<String> labels, Instant now) {
    Set<String> wanted = new java.util.LinkedHashSet<>();
    labels.forEach(l -> wanted.add(ContactTag.keyOf(l.trim())));
    tags.removeIf(t -> !wanted.contains(t.key()));
    labels.forEach(l -> tag(l, now));
    touch(now);
  }

  /** Adds a tag (trimmed); a tag equal ignoring case to an existing one is a no-op. */
  public void tag(String label, Instant now) {
    String trimmed = label.trim();
    if (trimmed.isEmpty() || trimmed.length() > ContactTag.MAX_LENGTH) {
      throw new IllegalArgumentException("tag must be 1.." + ContactTag.MAX_LENGTH + " characters");
    }
    String key = ContactTag.keyOf(trimmed);
    if (tags.stream().noneMatch(t -> t.key().equals(key))) {
      tags.add(new ContactTag(Ids.newId(), this, trimmed, now));
      touch(now);
    }
  }

  /** Tags in alphabetical order (ignoring case). */
  public List<String> tags() {
    return tags.stream()
        .sorted(java.util.Comparator.comparing(ContactTag::key))
        .map(ContactTag::label)
        .toList();
  }

  /** Whether the contact asked not to be messaged on {@code channel} (or on every channel). */
  public boolean doNotDisturb(Channel channel) {
    return dndAll || dndChannels.contains(channel);
  }

  /** Whether do-not-disturb is set for exactly this channel (ignoring {@code dndAll}). */
  public boolean dndOn(Channel channel) {
    return dndChannels.contains(channel);
  }

  public void setDnd(Channel channel, boolean on, Instant now) {
    boolean changed = on ? dndChannels.add(channel) : dndChannels.remove(channel);
    if (changed) {
      touch(now);
    }
  }

  public void setDndAll(boolean on, Instant now) {
    this.dndAll = on;
    touch(now);
  }

  /** Enrols the contact in an automation (shown in its details). */
  public void enrol(UUID automationId, Instant now) {
    if (automationIds.add(automationId)) {
      touch(now);
    }
  }

  private void touch(Instant now) {
    this.updatedAt = now;
    refreshSearchText();
  }

  /** Lower-cased name, emails and phones (E.164 and bare digits): what list search matches. */
  private void refreshSearchText() {
    StringJoiner text = new StringJoiner(" ");
    text.add(fullName.toLowerCase(Locale.ROOT));
    if (username != null) {
      text.add(username.toLowerCase(Locale.ROOT));
    }
    emails.forEach(e -> text.add(e.email()));
    phones.forEach(p -> text.add(p.phone()).add(PhoneNumbers.digits(p.phone())));
    this.searchText = text.toString();
  }
}
