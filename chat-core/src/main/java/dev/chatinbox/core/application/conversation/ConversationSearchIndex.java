package dev.chatinbox.core.application.conversation;

/**
 * The search index of conversations ({@link ConversationMatches}) as a thing to maintain: writes
 * keep it current on their own; what a database upgraded with conversations in it holds from before
 * the index existed is added afterwards, in small batches, while the server runs.
 */
public interface ConversationSearchIndex {
  /**
   * Adds one batch of what the index still lacks, in a transaction of its own.
   *
   * @return whether anything is left to do after it (false at once when nothing is, e.g. on a new
   *     or embedded database, or while another node works on the same database)
   */
  boolean backfillBatch();
}
