package dev.chatinbox.sdk.model;

/**
 * A contact to create: a name and at least a phone (E.164) or an email; the other fields may be
 * null. {@code ownerId} is an active user's id.
 */
public record NewContact(
    String fullName, String email, String phone, String title, String ownerId) {

  /** Just a name, an email and a phone (either may be null). */
  public static NewContact of(String fullName, String email, String phone) {
    return new NewContact(fullName, email, phone, null, null);
  }
}
