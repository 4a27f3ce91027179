package dev.chatinbox.core.application.contact;

import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * One address belongs to one contact: the check every path makes before it gives a contact a phone
 * or an email (creating a contact, adding an address, PATCH {@code phone}/{@code email}; inbound
 * messages find the holder instead). The database enforces the same with unique indexes (V8); this
 * check turns a taken address into 409 {@code /problems/contact-exists} and, holding the address's
 * lock until the transaction ends, keeps two requests claiming one address from both passing it.
 *
 * <p>The 409 is the same whether or not the caller may see the contact that has the address, and it
 * names neither that contact nor its owner: the caller learns only that the address is taken, which
 * they must learn to be refused at all (README, "Address ownership").
 */
@ApplicationScoped
public class AddressOwnership {
  private ContactRepository contacts;

  protected AddressOwnership() {}

  @Inject
  public AddressOwnership(ContactRepository contacts) {
    this.contacts = contacts;
  }

  /**
   * Refuses a phone another contact has.
   *
   * @param claimant the contact that gets it, empty for one being created
   */
  public void requirePhoneFree(String phone, Optional<UUID> claimant) {
    contacts.lockAddress(phone);
    require(contacts.findByPhone(phone), claimant, "phone");
  }

  /** Refuses an email another contact has; see {@link #requirePhoneFree}. */
  public void requireEmailFree(String email, Optional<UUID> claimant) {
    contacts.lockAddress(email);
    require(contacts.findByEmail(email), claimant, "email");
  }

  private static void require(Optional<Contact> holder, Optional<UUID> claimant, String kind) {
    if (holder.isPresent() && !claimant.equals(Optional.of(holder.get().id()))) {
      throw new ConflictException(
          "contact-exists", "This " + kind + " already belongs to another contact");
    }
  }
}
