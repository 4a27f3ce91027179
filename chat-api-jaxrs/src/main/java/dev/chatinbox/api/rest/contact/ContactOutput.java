package dev.chatinbox.api.rest.contact;

import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.api.rest.conversation.PersonOutput;
import dev.chatinbox.core.application.view.ContactView;
import dev.chatinbox.core.domain.shared.Channel;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact in the directory (our addition to the spec). */
@Schema(name = "ContactOutput")
public record ContactOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String fullName,
    String username,
    @Schema(description = "Avatar URL") String profile,
    String title,
    @Schema(description = "Primary email") String email,
    @Schema(description = "Primary phone (E.164)") String phone,
    PersonOutput owner,
    @Schema(required = true) List<String> tags,
    @Schema(required = true, description = "Channels with do-not-disturb set")
        List<String> dndChannels,
    @Schema(required = true) boolean dndAll,
    @Schema(required = true) String createdAt) {

  public static ContactOutput of(ContactView v) {
    return new ContactOutput(
        v.id().toString(),
        v.fullName(),
        v.username().orElse(null),
        v.profile().orElse(null),
        v.title().orElse(null),
        v.email().orElse(null),
        v.phone().orElse(null),
        v.owner().map(PersonOutput::of).orElse(null),
        v.tags(),
        v.dndChannels().stream().map(Channel::wireName).toList(),
        v.dndAll(),
        Timestamps.format(v.createdAt()));
  }
}
