package dev.chatinbox.core.application.workflow;

import dev.chatinbox.core.domain.shared.Channel;
import java.util.Optional;
import java.util.Set;

/**
 * A team's fields as a request gives them: only present fields are set.
 *
 * @param inboundChannels the channels whose new inbound conversations the team takes (one team per
 *     channel)
 */
public record TeamInput(
    Optional<String> name,
    Optional<Boolean> autoAssign,
    Optional<Integer> agentCapacity,
    Optional<Set<Channel>> inboundChannels) {}
