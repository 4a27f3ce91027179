package dev.chatinbox.api.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ext.Provider;

/** Two writers changed the same row at once → 409 {@code /problems/concurrent-modification}. */
@Provider
public class OptimisticLockMapper extends ProblemMapper<OptimisticLockException> {
  @Override
  protected Problem problem(OptimisticLockException e, String instance) {
    return Problems.problem(
        ProblemType.CONCURRENT_MODIFICATION,
        "Another request changed this object at the same time; retry",
        instance,
        null);
  }
}
