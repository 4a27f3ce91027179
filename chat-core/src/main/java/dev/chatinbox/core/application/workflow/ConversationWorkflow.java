package dev.chatinbox.core.application.workflow;

import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.access.TeamMembers;
import dev.chatinbox.core.application.conversation.ConversationChanges;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.conversation.ConversationStatus;
import dev.chatinbox.core.domain.conversation.StatusChange;
import dev.chatinbox.core.domain.conversation.StatusChangeCause;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.team.Team;
import dev.chatinbox.core.domain.team.TeamRepository;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes a conversation's status and assignment inside the caller's transaction, and records each
 * change: a row in {@code conversation_status_changes} for a status change, and an activity entry
 * in the timeline ("Bob assigned this to Carol") for every change. The caller announces the
 * activity entries (their ids are returned) with the conversation's update, in the same
 * transaction.
 */
@ApplicationScoped
public class ConversationWorkflow {
  /** Longest snooze: a year. */
  public static final Duration MAX_SNOOZE = Duration.ofDays(365);

  static final String KIND_STATUS = "status";
  static final String KIND_ASSIGNMENT = "assignment";
  static final String KIND_SNOOZE = "snooze";
  static final String KIND_WAKE = "wake";

  private ConversationRepository conversations;
  private MessageRepository messages;
  private UserRepository users;
  private TeamRepository teams;
  private TeamMembers members;

  protected ConversationWorkflow() {}

  @Inject
  public ConversationWorkflow(
      ConversationRepository conversations,
      MessageRepository messages,
      UserRepository users,
      TeamRepository teams,
      TeamMembers members) {
    this.conversations = conversations;
    this.messages = messages;
    this.users = users;
    this.teams = teams;
    this.members = members;
  }

  /**
   * Applies the workflow part of a PATCH (status, snooze, assignee, team) made by {@code caller}.
   *
   * @return the activity entries written, in order
   */
  public List<UUID> apply(
      Caller caller, Conversation conversation, ConversationChanges changes, Instant now) {
    if (!changes.touchesWorkflow()) {
      return List.of();
    }
    changes.snoozedUntil().ifPresent(until -> requireSnoozeEnd(until, now));
    Optional<UUID> assignee =
        changes.assigneeId().flatMap(a -> a).map(id -> members.requireOwner("assigneeId", id));
    Optional<Team> team =
        changes
            .teamId()
            .flatMap(t -> t)
            .map(
                id ->
                    teams
                        .find(id)
                        .orElseThrow(
                            () -> new InvalidInputException("teamId", "no team with id " + id)));
    String actor = name(caller.userId());
    List<UUID> written = new ArrayList<>();
    if (changes.status().isPresent()) {
      ConversationStatus to = changes.status().get();
      conversation
          .changeStatus(
              to, changes.snoozedUntil(), Optional.of(caller.userId()), StatusChangeCause.USER, now)
          .ifPresent(
              change -> {
                conversations.recordStatusChange(change);
                written.add(
                    activity(
                        conversation,
                        caller.userId(),
                        to == ConversationStatus.SNOOZED ? KIND_SNOOZE : KIND_STATUS,
                        statusText(actor, change, conversation),
                        now));
              });
    }
    if (changes.assigneeId().isPresent()) {
      Optional<UUID> before = conversation.assigneeId();
      if (conversation.assignTo(assignee, now)) {
        String text =
            assignee.isPresent()
                ? actor + " assigned this to " + name(assignee.get())
                : actor + " unassigned " + name(before.orElseThrow());
        written.add(activity(conversation, caller.userId(), KIND_ASSIGNMENT, text, now));
      }
    }
    if (changes.teamId().isPresent()) {
      Optional<UUID> before = conversation.teamId();
      if (conversation.assignTeam(team.map(Team::id), now)) {
        String text =
            team.isPresent()
                ? actor + " moved this to team " + team.get().name()
                : actor
                    + " removed this from team "
                    + before.flatMap(teams::find).map(Team::name).orElse("(deleted)");
        written.add(activity(conversation, caller.userId(), KIND_ASSIGNMENT, text, now));
      }
    }
    return written;
  }

  /**
   * A contact's message reopens a resolved or snoozed conversation (the caller holds its row lock).
   *
   * @return the activity entry written, if it reopened
   */
  public Optional<UUID> reopenOnInbound(Conversation conversation, Instant now) {
    return systemChange(
        conversation,
        conversation.reopenOnInbound(now),
        KIND_STATUS,
        change ->
            "Reopened by a new message from the contact (was "
                + change.from().map(ConversationStatus::wireName).orElse("open")
                + ")",
        now);
  }

  /**
   * Ends a due snooze (the caller holds the row, claimed once across nodes).
   *
   * @return the activity entry written, if it woke
   */
  public Optional<UUID> wake(Conversation conversation, Instant now) {
    return systemChange(
        conversation,
        conversation.wake(now),
        KIND_WAKE,
        change -> "Snooze ended: the conversation is open again",
        now);
  }

  /** Records a status change the system made, with its activity entry. */
  private Optional<UUID> systemChange(
      Conversation conversation,
      Optional<StatusChange> made,
      String kind,
      java.util.function.Function<StatusChange, String> text,
      Instant now) {
    return made.map(
        change -> {
          conversations.recordStatusChange(change);
          return activity(conversation, null, kind, text.apply(change), now);
        });
  }

  /** Records the opening of a conversation created now (its first status row). */
  public void opened(Conversation conversation, Optional<UUID> by, Instant now) {
    conversations.recordStatusChange(
        new StatusChange(
            conversation.id(),
            Optional.empty(),
            conversation.status(),
            now,
            by,
            StatusChangeCause.CREATED));
  }

  /** Writes an activity entry recording that the system assigned the conversation. */
  UUID autoAssigned(Conversation conversation, UUID assignee, Team team, Instant now) {
    return activity(
        conversation,
        null,
        KIND_ASSIGNMENT,
        "Auto-assigned to " + name(assignee) + " (team " + team.name() + ", round robin)",
        now);
  }

  private UUID activity(
      Conversation conversation, UUID actorId, String kind, String text, Instant now) {
    Message entry =
        Message.activity(
            Ids.newId(), conversation.id(), conversation.channel(), actorId, kind, text, now);
    messages.store(entry);
    return entry.id();
  }

  private static String statusText(String actor, StatusChange change, Conversation conversation) {
    return switch (change.to()) {
      case OPEN -> actor + " reopened this";
      case PENDING -> actor + " marked this pending";
      case RESOLVED -> actor + " resolved this";
      case SNOOZED ->
          actor
              + " snoozed this until "
              + DateTimeFormatter.ISO_INSTANT.format(
                  conversation.snoozedUntil().orElseThrow().truncatedTo(ChronoUnit.MILLIS));
    };
  }

  private static void requireSnoozeEnd(Instant until, Instant now) {
    if (!until.isAfter(now)) {
      throw new InvalidInputException("snoozedUntil", "must be in the future");
    }
    if (until.isAfter(now.plus(MAX_SNOOZE))) {
      throw new InvalidInputException("snoozedUntil", "must be at most 365 days ahead");
    }
  }

  private String name(UUID userId) {
    return users.find(userId).map(User::name).orElse("A former team member");
  }
}
