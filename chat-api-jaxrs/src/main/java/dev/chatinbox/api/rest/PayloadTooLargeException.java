package dev.chatinbox.api.rest;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** A request body went over the configured limit while being read. */
public class PayloadTooLargeException extends ClientErrorException {
  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException(long limit) {
    super(
        "Request bodies are limited to " + limit + " bytes",
        Response.Status.REQUEST_ENTITY_TOO_LARGE);
  }
}
