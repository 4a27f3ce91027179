package dev.chatinbox.api.rest.contact;

import dev.chatinbox.api.rest.conversation.ContactDetailOutput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<ContactDetailOutput>}. */
@Schema(name = "ContactDetailResponse")
public record ContactDetailResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) ContactDetailOutput data) {
  static ContactDetailResponse of(dev.chatinbox.core.application.view.ContactDetailsView view) {
    return new ContactDetailResponse(true, ContactDetailOutput.of(view));
  }
}
