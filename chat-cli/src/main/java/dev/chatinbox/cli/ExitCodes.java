package dev.chatinbox.cli;

import dev.chatinbox.sdk.ChatApiException;

/**
 * The exit codes of {@code chat}, for scripts (README, "CLI"). Stable: add, never renumber.
 *
 * <ul>
 *   <li>0 success
 *   <li>1 unexpected failure (a bug, an unreadable file)
 *   <li>2 usage error (unknown option, missing argument)
 *   <li>3 not configured (no server URL or token; see {@code chat config set})
 *   <li>4 the server refused the request (400, 409, 413, 415, 422, 429)
 *   <li>5 not found (404)
 *   <li>6 not authenticated or not allowed (401, 403)
 *   <li>7 server unreachable or failing (no response, 5xx)
 *   <li>8 partly done (an import with some rows rejected; every row rejected is 4)
 *   <li>9 timed out ({@code watch --timeout} ended before {@code --count} events arrived)
 * </ul>
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int NOT_CONFIGURED = 3;
  public static final int REFUSED = 4;
  public static final int NOT_FOUND = 5;
  public static final int FORBIDDEN = 6;
  public static final int UNAVAILABLE = 7;
  public static final int PARTIAL = 8;
  public static final int TIMED_OUT = 9;

  private ExitCodes() {}

  /** The exit code for an API failure. */
  public static int of(ChatApiException e) {
    int s = e.status();
    if (s == 0 || s >= 500) {
      return UNAVAILABLE;
    }
    if (s == 404) {
      return NOT_FOUND;
    }
    if (s == 401 || s == 403) {
      return FORBIDDEN;
    }
    return REFUSED;
  }
}
