package dev.chatinbox.api.rest.note;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /conversations/{id}/notes} (documentation; read as JSON fields). */
@Schema(name = "CreateNoteRequest")
public record CreateNoteRequest(
    @Schema(
            required = true,
            maxLength = 4096,
            description =
                "The note's text. @username names a team member, who receives a mention; each must"
                    + " be an active user who may see the conversation (400 naming them otherwise).")
        String body) {}
