package dev.chatinbox.core.application.view;

/** A file attached to a message. */
public record AttachmentView(String url, String filename, String contentType, long size) {}
