package dev.chatinbox.core.infrastructure.carrier;

import dev.chatinbox.core.spi.carrier.CarrierException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The codes and reasons of failures that are not the carrier's own answer: network trouble and
 * fault-tolerance refusals. All are transient.
 *
 * <p>Whether the carrier may have taken the message is told by {@link
 * CarrierException#outcomeUnknown()}: {@link #CONNECT_FAILED} and the fault-tolerance codes {@link
 * #CIRCUIT_OPEN} and {@link #BULKHEAD_FULL} mean that nothing reached it (retry is safe); {@link
 * #TIMEOUT} and {@link #CONNECTION_LOST} mean that the request may have arrived and been accepted
 * before the answer was lost (the outbox reconciles before sending again).
 */
public final class CarrierFailures {
  /** The carrier could not be reached (connection refused, unknown host, connect timeout). */
  public static final String CONNECT_FAILED = "connect-failed";

  /** The carrier did not answer in time (read timeout, or the fault-tolerance timeout). */
  public static final String TIMEOUT = "timeout";

  /** The connection broke before the carrier answered. */
  public static final String CONNECTION_LOST = "connection-lost";

  /** The circuit breaker is open after repeated failures: no call was made. */
  public static final String CIRCUIT_OPEN = "circuit-open";

  /** Too many calls to this carrier at once: no call was made. */
  public static final String BULKHEAD_FULL = "bulkhead-full";

  /** Another fault-tolerance refusal. */
  public static final String FAULT_TOLERANCE = "fault-tolerance";

  private CarrierFailures() {}

  /** A network failure while talking to {@code carrier} ("Twilio", "SendGrid"). */
  public static CarrierException network(String carrier, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException
          || t.getClass().getSimpleName().equals("ConnectTimeoutException")) {
        return CarrierException.transientFailure(
            CONNECT_FAILED, carrier + " could not be reached", failure);
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException) {
        return CarrierException.outcomeUnknown(
            TIMEOUT, carrier + " did not answer in time", failure);
      }
    }
    // reset, closed or broken after the connection was made: the request may have arrived
    return CarrierException.outcomeUnknown(
        CONNECTION_LOST, "The connection to " + carrier + " broke before it answered", failure);
  }

  /** Whether {@code failure} or one of its causes is an I/O failure. */
  public static boolean isNetwork(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  /** A refusal by MicroProfile Fault Tolerance around a call to {@code carrier}. */
  static CarrierException fromFaultTolerance(String carrier, FaultToleranceException e) {
    if (e instanceof CircuitBreakerOpenException) {
      return CarrierException.transientFailure(
          CIRCUIT_OPEN, carrier + " failed repeatedly; calls are paused for a moment", e);
    }
    if (e instanceof BulkheadException) {
      return CarrierException.transientFailure(
          BULKHEAD_FULL, "Too many messages are being handed to " + lower(carrier) + " at once", e);
    }
    if (e instanceof TimeoutException) {
      // strikes when the call returns: the carrier may have taken the message meanwhile
      return CarrierException.outcomeUnknown(TIMEOUT, carrier + " did not answer in time", e);
    }
    return CarrierException.transientFailure(
        FAULT_TOLERANCE, "The call to " + lower(carrier) + " was not made", e);
  }

  /**
   * Shortens a carrier's own error text for {@link CarrierException#reason()} (stored with the
   * message, at most 1000 characters).
   */
  public static String shorten(String text) {
    if (text == null) {
      return "";
    }
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 500 ? oneLine : oneLine.substring(0, 499) + "…";
  }

  private static String lower(String carrier) {
    return carrier.startsWith("The ") ? carrier.toLowerCase(Locale.ROOT) : carrier;
  }
}
