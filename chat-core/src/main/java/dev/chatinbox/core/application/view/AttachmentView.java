package dev.chatinbox.core.application.view;

import java.util.Optional;
import java.util.UUID;

/**
 * A file attached to a message.
 *
 * @param url where the file is when it lives elsewhere (inbound media); empty when we store it
 */
public record AttachmentView(
    UUID id,
    UUID messageId,
    Optional<String> url,
    String filename,
    String contentType,
    long size) {}
