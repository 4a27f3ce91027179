package dev.chatinbox.sdk;

import dev.chatinbox.sdk.internal.Calls;
import dev.chatinbox.sdk.internal.Mapping;
import dev.chatinbox.sdk.internal.Pages;
import dev.chatinbox.sdk.internal.generated.api.ContactsApi;
import dev.chatinbox.sdk.internal.generated.model.AddFollowerRequest;
import dev.chatinbox.sdk.internal.generated.model.AddTagRequest;
import dev.chatinbox.sdk.internal.generated.model.CreateContactRequest;
import dev.chatinbox.sdk.model.Contact;
import dev.chatinbox.sdk.model.ContactDetails;
import dev.chatinbox.sdk.model.NewContact;
import java.util.stream.Stream;

/**
 * Contacts (spec section 3 and {@code /contacts}). The API reaches a contact's details through one
 * of its conversations, so those operations take a conversation id.
 */
public final class Contacts {
  private final ContactsApi api;
  private final Calls calls;

  Contacts(ContactsApi api, Calls calls) {
    this.api = api;
    this.calls = calls;
  }

  /** Creates a contact. */
  public Contact create(NewContact contact) {
    var request =
        new CreateContactRequest()
            .fullName(contact.fullName())
            .email(contact.email())
            .phone(contact.phone())
            .title(contact.title())
            .ownerId(contact.ownerId());
    return Mapping.contact(calls.once(() -> api.createContact(request)).getData());
  }

  /** One page of the directory; {@code search} may be null. */
  public Page<Contact> list(String search, int page, int pageSize) {
    var out = calls.idempotent(() -> api.listContacts(page, pageSize, search));
    return Mapping.page(out.getData().getData(), out.getData().getMeta(), Mapping::contact);
  }

  /** The whole directory (or the matches of {@code search}), page by page. */
  public Stream<Contact> stream(String search, int pageSize) {
    return Pages.stream(page -> list(search, page, pageSize));
  }

  /** The contact of a conversation. */
  public ContactDetails get(String conversationId) {
    return Mapping.contactDetails(calls.idempotent(() -> api.getContact(conversationId)).getData());
  }

  public ContactDetails tag(String conversationId, String tag) {
    var request = new AddTagRequest().tag(tag);
    return Mapping.contactDetails(
        calls.once(() -> api.addContactTag(conversationId, request)).getData());
  }

  public ContactDetails untag(String conversationId, String tag) {
    return Mapping.contactDetails(
        calls.idempotent(() -> api.removeContactTag(conversationId, tag)).getData());
  }

  /** Adds a user as follower of the conversation's contact. */
  public ContactDetails follow(String conversationId, String userId) {
    var request = new AddFollowerRequest().userId(userId);
    return Mapping.contactDetails(
        calls.once(() -> api.addContactFollower(conversationId, request)).getData());
  }

  public ContactDetails unfollow(String conversationId, String userId) {
    return Mapping.contactDetails(
        calls.idempotent(() -> api.removeContactFollower(conversationId, userId)).getData());
  }

  /** Deletes a contact with its conversations and their messages (ADMIN only). */
  public void delete(String contactId) {
    calls.idempotent(() -> api.deleteDirectoryContact(contactId));
  }
}
