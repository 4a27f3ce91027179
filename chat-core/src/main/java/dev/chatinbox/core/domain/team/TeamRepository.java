package dev.chatinbox.core.domain.team;

import dev.chatinbox.core.domain.shared.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Storage of teams, their members and the channels they take. */
public interface TeamRepository {
  Optional<Team> find(UUID id);

  /**
   * The team, row-locked until the transaction ends: auto-assignments of one team run one after the
   * other, on every node.
   */
  Optional<Team> lock(UUID id);

  /** The team with this lower-cased name, if any. */
  Optional<Team> findByNameKey(String nameKey);

  /** The team that takes new inbound conversations of {@code channel}, if one does. */
  Optional<UUID> teamOfChannel(Channel channel);

  /** The channels the team takes. */
  Set<Channel> channels(UUID teamId);

  /**
   * Makes the team take exactly these channels.
   *
   * @return the channels another team already takes (nothing is changed then)
   */
  Set<Channel> takeChannels(UUID teamId, Set<Channel> channels);

  void store(Team team);

  /** Writes pending changes now (a new team's row before SQL on its join tables). */
  void flush();

  /** Deletes the team; its conversations keep their assignee and lose the team. */
  void delete(Team team);

  /** Adds the member (nothing when already one); whether it was added. */
  boolean addMember(UUID teamId, UUID userId, Instant now);

  /** Removes the member; whether they were one. */
  boolean removeMember(UUID teamId, UUID userId);

  boolean isMember(UUID teamId, UUID userId);

  /**
   * Members who may take one more conversation now — active, online, holding fewer unresolved
   * (open, pending, snoozed) conversations than {@code capacity} — longest since their last
   * auto-assignment first (round-robin order).
   */
  List<UUID> candidates(UUID teamId, int capacity);

  /** Row-locks the user (two teams' auto-assignments of one agent wait for each other). */
  void lockAgent(UUID userId);

  /** The agent's unresolved conversations (open, pending, snoozed). */
  int unresolvedOf(UUID userId);

  /** Records that the member got the team's round-robin value {@code seq}. */
  void markAssigned(UUID teamId, UUID userId, long seq);
}
