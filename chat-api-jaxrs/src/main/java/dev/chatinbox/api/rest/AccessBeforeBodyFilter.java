package dev.chatinbox.api.rest;

import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.action.ManualActionService;
import dev.chatinbox.core.application.conversation.ConversationCards;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.spi.carrier.CarrierWebhook;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;

/**
 * Answers who may not call an operation before its body is read or parsed (issue #17): a caller
 * without inbox access (CUST) gets 403, a non-administrator 403 on an {@link AdministratorsOnly}
 * operation, and a write to a conversation or manual action the caller cannot see (or that does not
 * exist) 404 — so that nobody learns which fields a body of theirs would have needed, and a large
 * or malformed body costs nothing to refuse. The resources keep their own checks; this one only
 * answers first. Carrier webhooks are public and left alone.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessBeforeBodyFilter implements ContainerRequestFilter {
  private static final String WEBHOOKS = CarrierWebhook.BASE_PATH.replaceFirst("^/api/v1/", "");

  @Context private ResourceInfo resource;

  /**
   * The collaborators, looked up once: all normal-scoped (their client proxies reach the current
   * request's or the application's instance), and a lookup per request cost more than the check.
   */
  private volatile Collaborators beans;

  private record Collaborators(
      AccessPolicy access,
      CurrentCaller caller,
      ConversationCards cards,
      ManualActionService actions) {
    static Collaborators lookUp() {
      CDI<Object> cdi = CDI.current();
      return new Collaborators(
          cdi.select(AccessPolicy.class).get(),
          cdi.select(CurrentCaller.class).get(),
          cdi.select(ConversationCards.class).get(),
          cdi.select(ManualActionService.class).get());
    }
  }

  private Collaborators beans() {
    Collaborators known = beans;
    if (known == null) {
      known = Collaborators.lookUp();
      beans = known;
    }
    return known;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath().replaceFirst("^/", "");
    if (path.startsWith(WEBHOOKS) || resource == null || resource.getResourceMethod() == null) {
      return;
    }
    // A JAX-RS provider: RESTEasy creates it, so its collaborators are looked up (as the WebSocket
    // endpoint does), not injected through a constructor.
    Collaborators beans = beans();
    AccessPolicy access = beans.access();
    Caller current = beans.caller().get();
    access.requireInbox(current);
    if (resource.getResourceMethod().isAnnotationPresent(AdministratorsOnly.class)) {
      access.requireAdmin(current, "do this");
    }
    if (!request.hasEntity()) {
      return;
    }
    MultivaluedMap<String, String> ids = request.getUriInfo().getPathParameters();
    String conversationId = ids.getFirst("conversationId");
    if (conversationId != null) {
      // the read model's one-row check (JDBC, no entity, no transaction)
      beans
          .cards()
          .visible(
              Ids.parse(conversationId).orElseThrow(UnknownConversationException::new),
              access.inboxVisibility(current))
          .orElseThrow(UnknownConversationException::new);
    }
    String contactId = ids.getFirst("contactId");
    if (contactId != null) {
      ObjectNotFoundException unknown = new ObjectNotFoundException("Contact");
      UUID id = Ids.parse(contactId).orElseThrow(() -> unknown);
      Visibility visibility = access.inboxVisibility(current);
      boolean visible =
          beans.cards().contacts(List.of(id)).values().stream()
              .anyMatch(c -> c.visibleUnder(visibility));
      if (!visible) {
        throw unknown;
      }
    }
    String actionId = ids.getFirst("actionId");
    if (actionId != null) {
      UUID id = Ids.parse(actionId).orElseThrow(() -> new ObjectNotFoundException("Manual action"));
      beans.actions().requireVisible(current, id);
    }
  }
}
