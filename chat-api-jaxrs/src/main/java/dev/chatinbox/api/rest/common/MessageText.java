package dev.chatinbox.api.rest.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A confirmation sentence, e.g. after a delete (spec 1.4: {@code { message: string }}). */
@Schema(name = "MessageText")
public record MessageText(@Schema(required = true) String message) {}
