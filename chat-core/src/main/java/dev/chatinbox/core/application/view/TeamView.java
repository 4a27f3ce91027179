package dev.chatinbox.core.application.view;

import dev.chatinbox.core.domain.shared.Channel;
import java.util.List;
import java.util.UUID;

/**
 * A team as its API shows it.
 *
 * @param inboundChannels the channels whose new inbound conversations go to this team
 * @param members by name, case-insensitively
 */
public record TeamView(
    UUID id,
    String name,
    boolean autoAssign,
    int agentCapacity,
    List<Channel> inboundChannels,
    List<TeamMemberView> members) {}
