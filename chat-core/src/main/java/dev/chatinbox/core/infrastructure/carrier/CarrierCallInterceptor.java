package dev.chatinbox.core.infrastructure.carrier;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Translates fault-tolerance exceptions thrown around a {@link CarrierCall} into transient {@link
 * dev.chatinbox.core.spi.carrier.CarrierException}s (see {@link
 * CarrierFailures#fromFaultTolerance}).
 *
 * <p>Its priority ({@code APPLICATION} = 2000) is below the fault-tolerance interceptor's ({@code
 * PLATFORM_AFTER + 10} = 4010 unless {@code mp.fault.tolerance.interceptor.priority} changes it),
 * so it is the outer of the two and sees what fault tolerance throws.
 */
@CarrierCall
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class CarrierCallInterceptor {
  @AroundInvoke
  public Object translate(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (FaultToleranceException e) {
      throw CarrierFailures.fromFaultTolerance(carrierName(invocation), e);
    }
  }

  private static String carrierName(InvocationContext invocation) {
    Object target = invocation.getTarget();
    String name = target == null ? "" : target.getClass().getSimpleName();
    if (name.startsWith("Twilio")) {
      return "Twilio";
    }
    if (name.startsWith("SendGrid")) {
      return "SendGrid";
    }
    return "The carrier";
  }
}
