package dev.chatinbox.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the JVM has memory to spare: down above 95 % of the maximum heap after use. */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {
  private static final double MAX_HEAP_SHARE = 0.95;

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    double share = (double) used / runtime.maxMemory();
    return HealthCheckResponse.named("memory")
        .status(share < MAX_HEAP_SHARE)
        .withData("heapUsedPercent", Math.round(share * 100))
        .build();
  }
}
