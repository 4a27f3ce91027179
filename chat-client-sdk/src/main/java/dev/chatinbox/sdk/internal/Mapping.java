package dev.chatinbox.sdk.internal;

import dev.chatinbox.sdk.Page;
import dev.chatinbox.sdk.internal.generated.model.ContactDetailOutput;
import dev.chatinbox.sdk.internal.generated.model.ContactEmailOutput;
import dev.chatinbox.sdk.internal.generated.model.ContactOutput;
import dev.chatinbox.sdk.internal.generated.model.ContactPhoneOutput;
import dev.chatinbox.sdk.internal.generated.model.ConversationOutput;
import dev.chatinbox.sdk.internal.generated.model.ConversationPageMeta;
import dev.chatinbox.sdk.internal.generated.model.ManualActionOutput;
import dev.chatinbox.sdk.internal.generated.model.MessageMetadataOutput;
import dev.chatinbox.sdk.internal.generated.model.MessageOutput;
import dev.chatinbox.sdk.internal.generated.model.MessagePageMeta;
import dev.chatinbox.sdk.internal.generated.model.PageMeta;
import dev.chatinbox.sdk.internal.generated.model.PersonOutput;
import dev.chatinbox.sdk.internal.generated.model.ReportFigures;
import dev.chatinbox.sdk.internal.generated.model.ReportTiming;
import dev.chatinbox.sdk.internal.generated.model.TeamOutput;
import dev.chatinbox.sdk.internal.generated.model.UserOutput;
import dev.chatinbox.sdk.model.Channel;
import dev.chatinbox.sdk.model.Contact;
import dev.chatinbox.sdk.model.ContactDetails;
import dev.chatinbox.sdk.model.Conversation;
import dev.chatinbox.sdk.model.ManualAction;
import dev.chatinbox.sdk.model.Message;
import dev.chatinbox.sdk.model.MessageMetadata;
import dev.chatinbox.sdk.model.Person;
import dev.chatinbox.sdk.model.SummaryReport;
import dev.chatinbox.sdk.model.Team;
import dev.chatinbox.sdk.model.TeamMember;
import dev.chatinbox.sdk.model.TeamRef;
import dev.chatinbox.sdk.model.User;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * Generated models to the public records. The only place that knows both, so a regenerated client
 * breaks here at compile time rather than in callers.
 */
public final class Mapping {
  private Mapping() {}

  public static Conversation conversation(ConversationOutput c) {
    return new Conversation(
        c.getId(),
        c.getContactId(),
        c.getFullName(),
        c.getChannel() == null ? null : Channel.parse(c.getChannel().getValue()),
        c.getUnreadCount() == null ? 0 : c.getUnreadCount(),
        Boolean.TRUE.equals(c.getIsStarred()),
        c.getLastMessage() == null ? null : c.getLastMessage().getMessage(),
        instant(c.getLastMessageTimestamp()),
        c.getContactDetails() == null ? null : contactDetails(c.getContactDetails()),
        c.getStatus() == null ? null : c.getStatus().getValue(),
        instant(c.getSnoozedUntil()),
        c.getAssignee() == null
            ? null
            : new Person(
                c.getAssignee().getId(), c.getAssignee().getName(), c.getAssignee().getUsername()),
        c.getTeam() == null ? null : new TeamRef(c.getTeam().getId(), c.getTeam().getName()));
  }

  public static Team team(TeamOutput t) {
    return new Team(
        t.getId(),
        t.getName(),
        Boolean.TRUE.equals(t.getAutoAssign()),
        t.getAgentCapacity() == null ? 0 : t.getAgentCapacity(),
        list(t.getInboundChannels(), Channel::parse),
        list(
            t.getMembers(),
            m ->
                new TeamMember(
                    m.getId(),
                    m.getName(),
                    m.getUsername(),
                    m.getAvailability() == null ? null : m.getAvailability().getValue())));
  }

  public static ContactDetails contactDetails(ContactDetailOutput d) {
    return new ContactDetails(
        d.getEmail(),
        list(d.getEmails(), ContactEmailOutput::getEmail),
        d.getPhone(),
        list(d.getPhones(), ContactPhoneOutput::getPhone),
        person(d.getOwner()),
        list(d.getFollowers(), Mapping::person),
        list(d.getTags(), t -> t),
        Boolean.TRUE.equals(d.getDnd()),
        Boolean.TRUE.equals(d.getDndAll()));
  }

  public static Message message(MessageOutput m) {
    return new Message(
        m.getId(),
        m.getConversationId(),
        m.getSender(),
        m.getSenderType() == null ? null : m.getSenderType().getValue(),
        m.getMessage(),
        m.getChannel() == null ? null : Channel.parse(m.getChannel().getValue()),
        instant(m.getTimestamp()),
        m.getStatus() == null ? null : m.getStatus().getValue(),
        instant(m.getScheduledAt()),
        metadata(m.getMetadata()));
  }

  static MessageMetadata metadata(MessageMetadataOutput m) {
    if (m == null) {
      return MessageMetadata.NONE;
    }
    return new MessageMetadata(
        m.getTwilioMessageId(),
        m.getTwilioStatus(),
        m.getEmailMessageId(),
        m.getEmailStatus(),
        m.getErrorCode(),
        m.getErrorMessage(),
        m.getSubject(),
        list(
            m.getAttachments(),
            a ->
                new MessageMetadata.Attachment(
                    a.getUrl(), a.getFilename(), a.getContentType(), a.getSize())),
        m.getScheduledLatenessMs(),
        m.getFrom(),
        m.getTo(),
        m.getCc(),
        m.getBcc(),
        m.getTemplateSid(),
        m.getTemplateVariables());
  }

  public static Contact contact(ContactOutput c) {
    return new Contact(
        c.getId(),
        c.getFullName(),
        c.getEmail(),
        c.getPhone(),
        person(c.getOwner()),
        list(c.getTags(), t -> t),
        instant(c.getCreatedAt()));
  }

  public static User user(UserOutput u) {
    return new User(
        u.getId(),
        u.getName(),
        u.getUsername(),
        u.getEmail(),
        list(u.getRoles(), r -> r),
        Boolean.TRUE.equals(u.getActive()));
  }

  public static ManualAction action(ManualActionOutput a) {
    return new ManualAction(
        a.getId(),
        a.getConversationId(),
        a.getAction(),
        a.getStatus() == null ? null : a.getStatus().getValue(),
        a.getAssignedTo(),
        a.getCreatedBy(),
        instant(a.getCreatedAt()),
        instant(a.getCompletedAt()));
  }

  public static dev.chatinbox.sdk.model.Mention mention(
      dev.chatinbox.sdk.internal.generated.model.Mention m) {
    return new dev.chatinbox.sdk.model.Mention(
        m.getId(),
        m.getConversationId(),
        m.getMentionedBy(),
        instant(m.getCreatedAt()),
        instant(m.getReadAt()),
        m.getNote() == null ? null : message(m.getNote()));
  }

  public static dev.chatinbox.sdk.model.CannedReply cannedReply(
      dev.chatinbox.sdk.internal.generated.model.CannedReply r) {
    return new dev.chatinbox.sdk.model.CannedReply(
        r.getId(),
        r.getShortCode(),
        r.getTitle(),
        r.getBody(),
        Boolean.TRUE.equals(r.getShared()),
        r.getOwnerId(),
        instant(r.getCreatedAt()),
        instant(r.getUpdatedAt()));
  }

  public static SummaryReport summary(dev.chatinbox.sdk.internal.generated.model.SummaryReport r) {
    return new SummaryReport(
        instant(r.getFrom()),
        instant(r.getTo()),
        figures(r.getTotal()),
        list(
            r.getChannels(),
            c ->
                new SummaryReport.ChannelFigures(
                    c.getChannel() == null ? null : Channel.parse(c.getChannel().getValue()),
                    figures(c.getFigures()))));
  }

  private static SummaryReport.Figures figures(ReportFigures f) {
    return new SummaryReport.Figures(
        f.getOpened() == null ? 0 : f.getOpened(),
        f.getResolved() == null ? 0 : f.getResolved(),
        timing(f.getFirstResponse()),
        timing(f.getResolution()));
  }

  private static SummaryReport.Timing timing(ReportTiming t) {
    return new SummaryReport.Timing(
        t.getCount() == null ? 0 : t.getCount(),
        duration(t.getMedianSeconds()),
        duration(t.getP90Seconds()));
  }

  private static java.time.Duration duration(Double seconds) {
    return seconds == null ? null : java.time.Duration.ofMillis(Math.round(seconds * 1000));
  }

  public static Person person(PersonOutput p) {
    return p == null ? null : new Person(p.getId(), p.getName(), p.getUsername());
  }

  /** A page with a counted total. */
  public static <S, T> Page<T> page(List<S> data, PageMeta meta, Function<S, T> map) {
    List<T> items = list(data, map);
    int page = meta.getPage() == null ? 1 : meta.getPage();
    int totalPages = meta.getTotalPages() == null ? page : meta.getTotalPages();
    return new Page<>(
        items,
        page,
        meta.getPageSize() == null ? items.size() : meta.getPageSize(),
        meta.getTotal() == null ? -1 : meta.getTotal(),
        page < totalPages);
  }

  /** A page of conversations (more follow when the server offers a cursor). */
  public static <S, T> Page<T> page(List<S> data, ConversationPageMeta meta, Function<S, T> map) {
    List<T> items = list(data, map);
    return new Page<>(
        items,
        meta.getPage() == null ? 1 : meta.getPage(),
        meta.getPageSize() == null ? items.size() : meta.getPageSize(),
        meta.getTotal() == null ? -1 : meta.getTotal(),
        meta.getNextCursor() != null);
  }

  /** A page of messages (the server says whether more follow). */
  public static <S, T> Page<T> page(List<S> data, MessagePageMeta meta, Function<S, T> map) {
    List<T> items = list(data, map);
    return new Page<>(
        items,
        meta.getPage() == null ? 1 : meta.getPage(),
        meta.getPageSize() == null ? items.size() : meta.getPageSize(),
        meta.getTotal() == null ? -1 : meta.getTotal(),
        Boolean.TRUE.equals(meta.getHasMore()));
  }

  public static <S, T> List<T> list(List<S> in, Function<S, T> map) {
    return in == null ? List.of() : in.stream().map(map).toList();
  }

  public static Instant instant(String text) {
    return text == null || text.isBlank() ? null : OffsetDateTime.parse(text).toInstant();
  }

  public static OffsetDateTime offset(Instant at) {
    return at == null ? null : at.atOffset(java.time.ZoneOffset.UTC);
  }
}
