package dev.chatinbox.api.rest;

import dev.chatinbox.api.problem.ProblemType;
import dev.chatinbox.api.problem.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bounds request bodies ({@code chat.http.max-body-bytes}, default 1 MiB; the email send endpoint,
 * which carries attachments, {@code chat.http.max-email-body-bytes}, default 42 MB): a declared
 * length over the limit is refused before reading with 413, and a body without a declared length
 * (chunked) is cut off at the limit with 413 too.
 */
@Provider
@PreMatching
public class RequestSizeLimitFilter implements ContainerRequestFilter {
  static final String MAX_BODY_BYTES = "chat.http.max-body-bytes";
  static final long DEFAULT_MAX_BODY_BYTES = 1_048_576;

  static final String MAX_EMAIL_BODY_BYTES = "chat.http.max-email-body-bytes";

  /** 30 MB of attachments, base64-encoded (4/3), plus room for the rest of the email. */
  static final long DEFAULT_MAX_EMAIL_BODY_BYTES = 42_000_000;

  private final long maxBytes;
  private final long maxEmailBytes;

  public RequestSizeLimitFilter() {
    this(
        ConfigProvider.getConfig()
            .getOptionalValue(MAX_BODY_BYTES, Long.class)
            .orElse(DEFAULT_MAX_BODY_BYTES),
        ConfigProvider.getConfig()
            .getOptionalValue(MAX_EMAIL_BODY_BYTES, Long.class)
            .orElse(DEFAULT_MAX_EMAIL_BODY_BYTES));
  }

  RequestSizeLimitFilter(long maxBytes, long maxEmailBytes) {
    this.maxBytes = maxBytes;
    this.maxEmailBytes = maxEmailBytes;
  }

  /** Emails with attachments: the send endpoint and SendGrid's Inbound Parse webhook. */
  static boolean carriesEmail(String path) {
    return path.endsWith("/messages/email") || path.endsWith("/webhooks/twilio/email/inbound");
  }

  @Override
  public void filter(ContainerRequestContext request) {
    long maxBytes = carriesEmail(request.getUriInfo().getPath()) ? maxEmailBytes : this.maxBytes;
    if (request.getLength() > maxBytes) {
      request.abortWith(
          Problems.response(
              Problems.problem(
                  ProblemType.PAYLOAD_TOO_LARGE,
                  "Request bodies are limited to " + maxBytes + " bytes",
                  // the path without the query: getRequestUri() fails on a broken escape in the
                  // query, which EncodedValuesFilter answers only after this filter (FuzzIT)
                  request.getUriInfo().getAbsolutePath().getPath(),
                  null)));
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new BoundedInputStream(request.getEntityStream(), maxBytes));
    }
  }

  /** Fails with 413 once more than {@code limit} bytes have been read. */
  static final class BoundedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    BoundedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      count += n;
      if (count > limit) {
        throw new PayloadTooLargeException(limit);
      }
    }
  }
}
