package dev.chatinbox.sdk.model;

import java.util.List;

/**
 * A team (#18): conversations can be handed to it; with {@code autoAssign}, new inbound
 * conversations of its {@code inboundChannels} go round-robin to online members under {@code
 * agentCapacity}.
 */
public record Team(
    String id,
    String name,
    boolean autoAssign,
    int agentCapacity,
    List<Channel> inboundChannels,
    List<TeamMember> members) {}
