package dev.chatinbox.core.domain.message;

import dev.chatinbox.core.domain.shared.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One message of a conversation, in either direction. */
@Entity
@Table(name = "messages")
public class Message {
  @Id private UUID id;

  @Column(name = "conversation_id", nullable = false)
  private UUID conversationId;

  @Column(name = "sender_id")
  private UUID senderId;

  @Column(name = "sender_type", nullable = false)
  private SenderType senderType;

  // the words of the body are added to its conversation's search row (conversation_search, V10,
  // PostgreSQL) by a trigger when the message is written: nothing here maps them
  @Column(nullable = false)
  private String body;

  private String subject;

  @Column(nullable = false)
  private Channel channel;

  private MessageStatus status;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "from_address")
  private String fromAddress;

  @Column(name = "to_address")
  private String toAddress;

  /**
   * Which carrier adapter handled the message ({@code twilio}, {@code sendgrid}, {@code sandbox}…).
   */
  @Column(name = "carrier")
  private String carrier;

  /**
   * The carrier's id of the message (Twilio's SID, SendGrid's X-Message-Id, an email Message-ID).
   */
  @Column(name = "carrier_message_id")
  private String carrierMessageId;

  /** The carrier's own raw word for the latest status that counted. */
  @Column(name = "carrier_status")
  private String carrierStatus;

  @Column(name = "error_code")
  private String errorCode;

  @Column(name = "error_message")
  private String errorMessage;

  @Column(name = "scheduled_at")
  private Instant scheduledAt;

  @Column(name = "original_length")
  private Integer originalLength;

  @Column(name = "scheduled_lateness_ms")
  private Long scheduledLatenessMs;

  @Column(name = "cc_addresses")
  private String ccAddresses;

  @Column(name = "bcc_addresses")
  private String bccAddresses;

  @Column(name = "from_name")
  private String fromName;

  @Column(name = "template_sid")
  private String templateSid;

  @Column(name = "template_variables")
  private String templateVariables;

  /** Email: the References chain, oldest first ({@code <id1> <id2>}); see {@link #thread}. */
  @Column(name = "email_references")
  private String emailReferences;

  @Column(nullable = false)
  private boolean sandbox;

  /** What an activity entry records (status, assignment, snooze, wake); null for other messages. */
  @Column(name = "activity")
  private String activity;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  /** Longest inbound body stored; longer ones are truncated (see {@link #inbound}). */
  public static final int MAX_INBOUND_BODY = 1_000_000;

  protected Message() {}

  private Message(
      UUID id,
      UUID conversationId,
      Channel channel,
      SenderType senderType,
      UUID senderId,
      String body,
      MessageStatus status,
      Instant occurredAt) {
    this.id = Objects.requireNonNull(id);
    this.conversationId = Objects.requireNonNull(conversationId);
    this.channel = Objects.requireNonNull(channel);
    this.senderType = Objects.requireNonNull(senderType);
    this.senderId = senderId;
    this.body = Objects.requireNonNull(body);
    this.status = status;
    this.occurredAt = occurredAt;
    this.createdAt = occurredAt;
    this.updatedAt = occurredAt;
  }

  /** A message a team member wrote, waiting in the outbox. */
  public static Message outbound(
      UUID id, UUID conversationId, Channel channel, UUID senderId, String body, Instant now) {
    return new Message(
        id, conversationId, channel, SenderType.USER, senderId, body, MessageStatus.QUEUED, now);
  }

  /**
   * A message the contact sent us, received at {@code receivedAt}. A carrier's message is never
   * refused for its length: a body longer than {@link #MAX_INBOUND_BODY} characters is kept up to
   * that length and its original length noted ({@link #originalLength()}).
   */
  public static Message inbound(
      UUID id, UUID conversationId, Channel channel, String body, Instant receivedAt) {
    boolean tooLong = body.length() > MAX_INBOUND_BODY;
    Message message =
        new Message(
            id,
            conversationId,
            channel,
            SenderType.CONTACT,
            null,
            tooLong ? body.substring(0, MAX_INBOUND_BODY) : body,
            null,
            receivedAt);
    if (tooLong) {
      message.truncatedFrom(body.length());
    }
    return message;
  }

  /** Notes that the body was cut from {@code length} characters (what the carrier sent). */
  public void truncatedFrom(int length) {
    this.originalLength = length;
  }

  /** The length of the body as received, when it was longer than what is stored. */
  public Optional<Integer> originalLength() {
    return Optional.ofNullable(originalLength);
  }

  /** Longest private note, in characters (as long as a WhatsApp message). */
  public static final int MAX_NOTE_BODY = 4096;

  /**
   * A team member's private note: visible to the team in the history, never handed to a carrier (no
   * status, no outbox row), never counted as a reply.
   */
  public static Message note(
      UUID id, UUID conversationId, Channel channel, UUID authorId, String body, Instant now) {
    return new Message(
        id,
        conversationId,
        channel,
        SenderType.NOTE,
        Objects.requireNonNull(authorId),
        body,
        null,
        now);
  }

  /** A note the system wrote into the conversation. */
  public static Message system(
      UUID id, UUID conversationId, Channel channel, String body, Instant now) {
    return new Message(id, conversationId, channel, SenderType.SYSTEM, null, body, null, now);
  }

  /**
   * An entry of the conversation's timeline that records what the team did ({@code senderType
   * activity}: "Bob assigned this to Carol"): never sent to a carrier, never unread, never the
   * conversation's last message.
   *
   * @param actorId the team member who did it; null for the system (a wake-up, an inbound reopen)
   * @param kind what it records, e.g. {@code assignment}
   */
  public static Message activity(
      UUID id,
      UUID conversationId,
      Channel channel,
      UUID actorId,
      String kind,
      String text,
      Instant now) {
    Message message =
        new Message(id, conversationId, channel, SenderType.ACTIVITY, actorId, text, null, now);
    message.activity = Objects.requireNonNull(kind);
    return message;
  }

  /** What an activity entry records; empty for other messages. */
  public Optional<String> activity() {
    return Optional.ofNullable(activity);
  }

  public UUID id() {
    return id;
  }

  public UUID conversationId() {
    return conversationId;
  }

  public Optional<UUID> senderId() {
    return Optional.ofNullable(senderId);
  }

  public SenderType senderType() {
    return senderType;
  }

  public String body() {
    return body;
  }

  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  public Channel channel() {
    return channel;
  }

  public Optional<MessageStatus> status() {
    return Optional.ofNullable(status);
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  /** The carrier adapter that handled the message, when one did. */
  public Optional<String> carrier() {
    return Optional.ofNullable(carrier);
  }

  public Optional<String> carrierMessageId() {
    return Optional.ofNullable(carrierMessageId);
  }

  public Optional<String> carrierStatus() {
    return Optional.ofNullable(carrierStatus);
  }

  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  public Optional<Instant> scheduledAt() {
    return Optional.ofNullable(scheduledAt);
  }

  /**
   * How long after its {@code scheduledAt} a scheduled message left the schedule (handed to the
   * carrier, or failed at send time) — large after the server was down when it was due.
   */
  public Optional<Duration> scheduledLateness() {
    return Optional.ofNullable(scheduledLatenessMs).map(Duration::ofMillis);
  }

  /** Whether the message is still waiting for its scheduled time (it may still be cancelled). */
  public boolean awaitingSchedule() {
    return status == MessageStatus.SCHEDULED;
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }

  /** Email envelope beyond from/to: display name of the sender, copies (comma-separated). */
  public void emailEnvelope(String fromName, String cc, String bcc) {
    this.fromName = fromName;
    this.ccAddresses = cc == null || cc.isEmpty() ? null : cc;
    this.bccAddresses = bcc == null || bcc.isEmpty() ? null : bcc;
  }

  /** An approved WhatsApp template to send instead of free text (variables as a JSON object). */
  public void template(String contentSid, String variablesJson) {
    this.templateSid = contentSid;
    this.templateVariables = variablesJson;
  }

  /**
   * The text the carrier composed for a template message (a WhatsApp template it rendered), shown
   * as the message's text; a message that has its own text keeps it.
   */
  public void composedText(String text) {
    if (body.isBlank() && text != null && !text.isBlank()) {
      this.body = text;
    }
  }

  /** Most characters of a References chain kept (the column's size). */
  public static final int MAX_REFERENCES_CHARS = 4000;

  /**
   * The email's thread: the message ids (without brackets) it answers, oldest first, the last one
   * the message it answers directly. A chain too long for the column keeps its first id (the
   * thread's root) and as many of the latest as fit, as RFC 5322 (3.6.4) suggests.
   */
  public void thread(List<String> chain) {
    List<String> kept = new java.util.ArrayList<>(chain);
    while (kept.size() > 1 && joined(kept).length() > MAX_REFERENCES_CHARS) {
      kept.remove(kept.size() > 2 ? 1 : 0);
    }
    this.emailReferences = kept.isEmpty() ? null : joined(kept);
  }

  private static String joined(List<String> ids) {
    return ids.stream().map(id -> "<" + id + ">").collect(java.util.stream.Collectors.joining(" "));
  }

  /** The email's References chain (ids without brackets), oldest first; empty when none. */
  public List<String> emailReferences() {
    return emailReferences == null ? List.of() : EmailThreading.ids(emailReferences);
  }

  /** Schedules the message for later ({@code scheduled} until then). */
  public void scheduleFor(Instant at) {
    this.scheduledAt = at;
    this.status = MessageStatus.SCHEDULED;
  }

  /** Marks the message as handled by the sandbox carrier (no real delivery). */
  public void markSandbox() {
    this.sandbox = true;
  }

  public Optional<String> fromName() {
    return Optional.ofNullable(fromName);
  }

  public Optional<String> cc() {
    return Optional.ofNullable(ccAddresses);
  }

  public Optional<String> bcc() {
    return Optional.ofNullable(bccAddresses);
  }

  public Optional<String> templateSid() {
    return Optional.ofNullable(templateSid);
  }

  public Optional<String> templateVariables() {
    return Optional.ofNullable(templateVariables);
  }

  public boolean sandbox() {
    return sandbox;
  }

  /** Addresses the message went between (carrier form: E.164, {@code whatsapp:+…}, email). */
  public void address(String from, String to) {
    this.fromAddress = from;
    this.toAddress = to;
  }

  public Optional<String> fromAddress() {
    return Optional.ofNullable(fromAddress);
  }

  public Optional<String> toAddress() {
    return Optional.ofNullable(toAddress);
  }

  public void subject(String subject) {
    this.subject = subject;
  }

  /** Records which carrier handled the message and its id there (outbound or received). */
  public void carrierId(String carrier, String carrierMessageId) {
    this.carrier = carrier;
    this.carrierMessageId = carrierMessageId;
  }

  /**
   * Moves the status forward; a transition backwards (late or duplicated callback) is ignored. A
   * scheduled message that leaves the schedule (sent, or failed at send time) records how late it
   * went, and takes that moment as its timestamp.
   *
   * @return whether the status changed
   */
  public boolean advance(MessageStatus next, Instant now) {
    if (status != null && !status.canMoveTo(next)) {
      return false;
    }
    if (next == MessageStatus.SENT && sentAt == null) {
      this.sentAt = now;
    }
    if (status == MessageStatus.SCHEDULED
        && next != MessageStatus.CANCELLED
        && scheduledAt != null) {
      // it leaves the schedule now: the history shows it where it was sent, not where it was
      // written
      this.scheduledLatenessMs = Math.max(0, Duration.between(scheduledAt, now).toMillis());
      this.occurredAt = now;
    }
    this.status = next;
    this.updatedAt = now;
    return true;
  }

  /** Whether the message is ours and no carrier has reported it sent yet. */
  public boolean awaitingCarrier() {
    return status == MessageStatus.QUEUED || status == MessageStatus.SCHEDULED;
  }

  /** Keeps the carrier's raw status and error, whatever our mapped status did. */
  public void carrierReport(String rawStatus, String errorCode, String errorMessage) {
    if (rawStatus != null) {
      this.carrierStatus = rawStatus;
    }
    if (errorCode != null) {
      this.errorCode = errorCode;
      this.errorMessage = errorMessage;
    }
  }
}
