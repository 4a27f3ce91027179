package dev.chatinbox.api.rest.conversation;

import dev.chatinbox.core.application.view.ContactDetailsView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The spec's {@code ContactDetailOutput}: a contact seen from one conversation. */
@Schema(name = "ContactDetailOutput")
public record ContactDetailOutput(
    @Schema(description = "The contact's name (our addition; PATCH it to correct it)")
        String fullName,
    @Schema(description = "Job title/role (our addition)") String title,
    @Schema(description = "Primary email") String email,
    List<EmailOutput> emails,
    @Schema(description = "Primary phone (E.164)") String phone,
    List<PhoneOutput> phones,
    PersonOutput owner,
    List<PersonOutput> followers,
    List<String> tags,
    List<AutomationOutput> automations,
    @Schema(required = true, description = "Do-not-disturb on this conversation's channel")
        boolean dnd,
    @Schema(required = true, description = "Do-not-disturb on every channel") boolean dndAll) {

  public static ContactDetailOutput of(ContactDetailsView d) {
    return new ContactDetailOutput(
        d.fullName(),
        d.title().orElse(null),
        d.email().orElse(null),
        d.emails().stream()
            .map(e -> new EmailOutput(e.id().toString(), e.email(), e.primary()))
            .toList(),
        d.phone().orElse(null),
        d.phones().stream()
            .map(p -> new PhoneOutput(p.id().toString(), p.phone(), p.primary()))
            .toList(),
        d.owner().map(PersonOutput::of).orElse(null),
        d.followers().stream().map(PersonOutput::of).toList(),
        d.tags(),
        d.automations().stream()
            .map(a -> new AutomationOutput(a.id().toString(), a.name(), a.status()))
            .toList(),
        d.dnd(),
        d.dndAll());
  }
}
