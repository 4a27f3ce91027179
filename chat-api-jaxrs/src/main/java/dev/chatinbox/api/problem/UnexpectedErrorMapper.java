package dev.chatinbox.api.problem;

import dev.chatinbox.core.domain.shared.DomainException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else. Known causes wrapped by the container (a transaction that failed at commit because
 * of a concurrent change, an unreadable body) get their own problem; the rest is a 500 that reveals
 * only an incident id, which the log line carries with the stack trace. A lost or refused database
 * connection ({@link DatabaseOutage}) is a 503 with {@code Retry-After}: retrying will work.
 */
@Provider
public class UnexpectedErrorMapper extends ProblemMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  protected Problem problem(Throwable e, String instance) {
    if (hasCause(e, OptimisticLockException.class)) {
      return Problems.problem(
          ProblemType.CONCURRENT_MODIFICATION,
          "Another request changed this object at the same time; retry",
          instance,
          null);
    }
    if (JsonFailures.isTooLarge(e)) {
      return Problems.problem(
          ProblemType.PAYLOAD_TOO_LARGE,
          "The request body is larger than the server accepts",
          instance,
          null);
    }
    if (JsonFailures.isJsonFailure(e)) {
      return Problems.problem(
          ProblemType.MALFORMED_JSON,
          "The request body could not be read as JSON of the expected shape",
          instance,
          null);
    }
    DomainException domain = cause(e, DomainException.class);
    if (domain != null) {
      return DomainExceptionMapper.of(
          domain, instance); // wrapped by an interceptor or the container
    }
    if (DatabaseOutage.causes(e)) {
      logOutage(e);
      return Problems.problem(
          ProblemType.UNAVAILABLE, "The database cannot be reached; retry later", instance, null);
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident + " at " + instance, e);
    return Problems.problem(
        ProblemType.INTERNAL,
        "An unexpected error occurred (incident " + incident + ")",
        instance,
        null);
  }

  @Override
  protected Response.ResponseBuilder decorate(Response.ResponseBuilder response, Throwable e) {
    DomainException domain = cause(e, DomainException.class);
    if (domain != null) {
      return DomainExceptionMapper.headers(response, domain);
    }
    return DatabaseOutage.causes(e)
        ? RetryAfter.header(response, DatabaseOutage.RETRY_AFTER)
        : response;
  }

  /**
   * One line (no stack trace, no request data) at most every ten seconds while the database is
   * away: an outage fails every request, and the log should say so once, not thousands of times.
   */
  private static void logOutage(Throwable e) {
    if (DatabaseOutage.due()) {
      LOG.log(
          Level.WARNING,
          "Database unreachable: answering 503 /problems/unavailable ({0})",
          e.getClass().getName());
    }
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    return cause(e, type) != null;
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
