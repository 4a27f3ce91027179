package dev.chatinbox.core.infrastructure.carrier;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a carrier call guarded by MicroProfile Fault Tolerance: {@link CarrierCallInterceptor} runs
 * outside the fault-tolerance interceptor and turns its exceptions (open circuit, full bulkhead,
 * timeout) into transient {@link dev.chatinbox.core.spi.carrier.CarrierException}s, so that callers
 * handle a single exception type.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CarrierCall {}
