package dev.chatinbox.core.domain.conversation;

import dev.chatinbox.core.domain.shared.ObjectNotFoundException;

/** No such conversation, or the caller may not see it. */
public class UnknownConversationException extends ObjectNotFoundException {
  private static final long serialVersionUID = 1L;

  public UnknownConversationException() {
    super("Conversation");
  }
}
