package dev.chatinbox.it.support;

import dev.chatinbox.core.support.FakeCarrier;

/**
 * The fake carrier (Twilio's and SendGrid's wire formats) the test server is configured to call
 * ({@code chat.twilio.base-url} / {@code chat.sendgrid.base-url} on {@code it.carrier.port}): one
 * per test JVM, started by the first test class that needs it.
 */
public final class ItCarrier {
  public static final String ACCOUNT_SID =
      System.getProperty("it.twilio.account-sid", "ACa0000000000000000000000000000001");
  private static FakeCarrier fake;

  private ItCarrier() {}

  public static synchronized FakeCarrier get() {
    if (fake == null) {
      fake = FakeCarrier.start(Integer.getInteger("it.carrier.port", 19099));
    }
    return fake;
  }
}
