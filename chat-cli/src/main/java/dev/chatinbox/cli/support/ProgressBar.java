package dev.chatinbox.cli.support;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, redrawn in place: only on a terminal, where the
 * carriage returns do not litter a log or a pipe.
 */
public final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean enabled;
  private final int total;
  private int lastDrawn = -1;

  public ProgressBar(PrintWriter err, boolean enabled, int total) {
    this.err = err;
    this.enabled = enabled && total > 0;
    this.total = total;
  }

  public void update(int done, int failed) {
    if (!enabled) {
      return;
    }
    int filled = (int) ((long) done * WIDTH / total);
    if (filled == lastDrawn && done != total) {
      return;
    }
    lastDrawn = filled;
    err.print(
        "\r["
            + "#".repeat(filled)
            + ".".repeat(WIDTH - filled)
            + "] "
            + done
            + "/"
            + total
            + (failed > 0 ? " (" + failed + " rejected)" : ""));
    err.flush();
  }

  public void finish() {
    if (enabled) {
      err.println();
      err.flush();
    }
  }
}
