package dev.chatinbox.core.infrastructure.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The system clock in UTC; tests construct services with a fixed clock instead. */
@ApplicationScoped
public class ClockProducer {
  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.tickMillis(java.time.ZoneOffset.UTC);
  }
}
