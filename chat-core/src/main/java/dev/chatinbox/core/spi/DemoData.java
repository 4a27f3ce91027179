package dev.chatinbox.core.spi;

/** The demo users, contacts and conversations a zero-setup start shows. */
public interface DemoData {
  /**
   * Seeds the demo data into an empty database.
   *
   * @return whether it seeded (false: the database already had users)
   */
  boolean seedIfEmpty();

  /** How to get a token for a demo user, for the start-up log. */
  String tokenHint();
}
