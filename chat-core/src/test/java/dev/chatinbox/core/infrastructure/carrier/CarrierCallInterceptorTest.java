package dev.chatinbox.core.infrastructure.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.spi.carrier.CarrierException;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceDefinitionException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Fault-tolerance refusals reach the outbox as transient carrier failures. (The annotations
 * themselves act only on Liberty; here the interceptor is driven directly.)
 */
class CarrierCallInterceptorTest {
  private final CarrierCallInterceptor interceptor = new CarrierCallInterceptor();

  @Test
  void anOpenCircuitIsATransientFailure() {
    CarrierException e =
        translated(
            () -> {
              throw new CircuitBreakerOpenException("open");
            });

    assertTrue(e.transientFailure());
    assertFalse(e.outcomeUnknown(), "no call was made");
    assertEquals(CarrierFailures.CIRCUIT_OPEN, e.code());
    assertTrue(e.reason().startsWith("Twilio"), e.reason());
  }

  @Test
  void aFullBulkheadIsATransientFailure() {
    CarrierException e =
        translated(
            () -> {
              throw new BulkheadException("full");
            });

    assertTrue(e.transientFailure());
    assertFalse(e.outcomeUnknown(), "no call was made");
    assertEquals(CarrierFailures.BULKHEAD_FULL, e.code());
  }

  @Test
  void aFaultToleranceTimeoutIsATransientFailure() {
    CarrierException e =
        translated(
            () -> {
              throw new TimeoutException("late");
            });

    assertTrue(e.transientFailure());
    assertTrue(e.outcomeUnknown(), "the call went out and may have succeeded");
    assertEquals(CarrierFailures.TIMEOUT, e.code());
  }

  @Test
  void otherFaultToleranceFailuresAreTransientToo() {
    CarrierException e =
        translated(
            () -> {
              throw new FaultToleranceDefinitionException("bad");
            });

    assertTrue(e.transientFailure());
    assertEquals(CarrierFailures.FAULT_TOLERANCE, e.code());
  }

  @Test
  void resultsAndCarrierFailuresPassUnchanged() throws Exception {
    assertEquals("receipt", interceptor.translate(context(() -> "receipt")));
    CarrierRefusal refusal = new CarrierRefusal("21211", "invalid");
    assertSame(
        refusal,
        assertThrows(
            CarrierRefusal.class,
            () ->
                interceptor.translate(
                    context(
                        () -> {
                          throw refusal;
                        }))));
  }

  private CarrierException translated(Callable<Object> call) {
    return assertThrows(CarrierException.class, () -> interceptor.translate(context(call)));
  }

  /** The invocation of a method of an object whose class name starts with "Twilio". */
  private static InvocationContext context(Callable<Object> call) {
    Object target = new TwilioLikeTarget();
    return new InvocationContext() {
      @Override
      public Object getTarget() {
        return target;
      }

      @Override
      public Object getTimer() {
        return null;
      }

      @Override
      public Method getMethod() {
        return null;
      }

      @Override
      public Constructor<?> getConstructor() {
        return null;
      }

      @Override
      public Object[] getParameters() {
        return new Object[0];
      }

      @Override
      public void setParameters(Object[] params) {}

      @Override
      public Map<String, Object> getContextData() {
        return Map.of();
      }

      @Override
      public Object proceed() throws Exception {
        return call.call();
      }
    };
  }

  private static final class TwilioLikeTarget {}
}
