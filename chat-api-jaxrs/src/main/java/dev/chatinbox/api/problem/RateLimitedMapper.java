package dev.chatinbox.api.problem;

import dev.chatinbox.api.rest.message.SendRateLimiter.RateLimitedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Over the send rate → 429 {@code /problems/rate-limited} with {@code Retry-After} (seconds). */
@Provider
public class RateLimitedMapper extends ProblemMapper<RateLimitedException> {
  @Override
  protected Problem problem(RateLimitedException e, String instance) {
    return Problems.problem(ProblemType.RATE_LIMITED, e.getMessage(), instance, null);
  }

  @Override
  protected Response.ResponseBuilder decorate(
      Response.ResponseBuilder response, RateLimitedException e) {
    return RetryAfter.header(response, e.retryAfter());
  }
}
