package dev.chatinbox.core.infrastructure.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.spi.carrier.CarrierException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/**
 * Which network failures leave the carrier certainly without the message (retry is safe), and which
 * may have let it through (reconcile first).
 */
class CarrierFailuresTest {
  @Test
  void failuresBeforeTheConnectionExistsAreSafeToRetry() {
    for (IOException cause :
        new IOException[] {
          new ConnectException("Connection refused"),
          new UnknownHostException("api.twilio.com"),
          new NoRouteToHostException("no route"),
          new ConnectTimeoutException("connect timed out")
        }) {
      CarrierException e = CarrierFailures.network("Twilio", new IOException("wrapped", cause));
      assertEquals(CarrierFailures.CONNECT_FAILED, e.code(), cause.toString());
      assertTrue(e.transientFailure());
      assertFalse(e.outcomeUnknown(), cause.toString());
    }
  }

  @Test
  void aReadTimeoutLeavesTheOutcomeUnknown() {
    CarrierException e =
        CarrierFailures.network("Twilio", new SocketTimeoutException("Read timed out"));
    assertEquals(CarrierFailures.TIMEOUT, e.code());
    assertTrue(e.transientFailure());
    assertTrue(e.outcomeUnknown());
  }

  @Test
  void aConnectionResetOrClosedMidResponseLeavesTheOutcomeUnknown() {
    for (IOException cause :
        new IOException[] {
          new SocketException("Connection reset"),
          new IOException("Premature end of chunk coded message body"),
          new IOException("The target server failed to respond")
        }) {
      CarrierException e = CarrierFailures.network("SendGrid", cause);
      assertEquals(CarrierFailures.CONNECTION_LOST, e.code(), cause.toString());
      assertTrue(e.outcomeUnknown(), cause.toString());
    }
  }

  @Test
  void carrierAnswersAreNeverUncertain() {
    assertFalse(CarrierException.transientFailure("500", "server error", null).outcomeUnknown());
    assertFalse(CarrierException.permanent("21211", "invalid").outcomeUnknown());
    assertTrue(CarrierException.outcomeUnknown("timeout", "late", null).transientFailure());
  }

  /** Named like Apache HttpClient's, which is matched by simple name. */
  private static final class ConnectTimeoutException extends IOException {
    private static final long serialVersionUID = 1L;

    ConnectTimeoutException(String message) {
      super(message);
    }
  }
}
