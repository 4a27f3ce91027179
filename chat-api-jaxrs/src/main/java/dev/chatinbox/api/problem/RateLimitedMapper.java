package dev.chatinbox.api.problem;

import dev.chatinbox.core.application.messaging.SendLimitExceededException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Over a send limit ({@code SendQuota}) → 429 {@code /problems/rate-limited} with {@code
 * Retry-After} (seconds).
 */
@Provider
public class RateLimitedMapper extends ProblemMapper<SendLimitExceededException> {
  @Override
  protected Problem problem(SendLimitExceededException e, String instance) {
    return Problems.problem(ProblemType.RATE_LIMITED, e.getMessage(), instance, null);
  }

  @Override
  protected Response.ResponseBuilder decorate(
      Response.ResponseBuilder response, SendLimitExceededException e) {
    return RetryAfter.header(response, e.retryAfter());
  }
}
