package dev.chatinbox.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPU and memory of the server process from {@code /proc/<pid>}: CPU time over a window (as % of
 * one core; 200 % is the whole 2-core machine) and resident set size, sampled every 250 ms for the
 * peak; beside it the generator's own CPU over the same window (this JVM, {@code /proc/self/stat}),
 * so that RESULTS.md shows how much of the machine the load itself took.
 */
final class ProcStats {
  private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

  private final long pid;

  ProcStats(long pid) {
    this.pid = pid;
  }

  /** utime + stime in clock ticks. */
  long cpuTicks() {
    return ticks(Path.of("/proc/" + pid + "/stat"), 11);
  }

  /** This JVM's (the generator's) utime + stime in clock ticks. */
  static long selfCpuTicks() {
    return ticks(Path.of("/proc/self/stat"), 11);
  }

  /**
   * cutime + cstime of this JVM: the CPU of its children that have ended and been waited for (a
   * {@code wrk} run, once {@link Process#waitFor()} returned), in clock ticks.
   */
  static long endedChildrenCpuTicks() {
    return ticks(Path.of("/proc/self/stat"), 13);
  }

  /** Fields {@code first} and {@code first + 1} after the command name of a stat file, added. */
  private static long ticks(Path stat, int first) {
    try {
      String text = Files.readString(stat);
      String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[first]) + Long.parseLong(f[first + 1]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Clock ticks over {@code seconds} as % of one core. */
  static double percentOfOneCore(long ticks, double seconds) {
    return ticks / TICKS_PER_SECOND / seconds * 100;
  }

  /** VmRSS in MiB. */
  double rssMiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // process gone
    }
    return Double.NaN;
  }

  /** Machine-wide CPU busy ticks and total ticks from /proc/stat. */
  static long[] machineTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length; i++) {
        total += Long.parseLong(f[i]);
      }
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
      return new long[] {total - idle, total};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 1};
    }
  }

  /** A measurement window: start it before a scenario, stop it after. */
  Window window() {
    return new Window();
  }

  final class Window {
    private final long startTicks = cpuTicks();
    private final long generatorStartTicks = selfCpuTicks();
    private final long[] machineStart = machineTicks();
    private final long startNanos = System.nanoTime();
    private final AtomicLong peakRssKiB = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler;
    private double cpuPercent;
    private double generatorCpuPercent;
    private double machinePercent;
    private double rssEnd;

    private Window() {
      sampler =
          new Thread(
              () -> {
                while (running.get()) {
                  double rss = rssMiB();
                  if (!Double.isNaN(rss)) {
                    peakRssKiB.accumulateAndGet((long) (rss * 1024), Math::max);
                  }
                  try {
                    Thread.sleep(250);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "rss-sampler");
      sampler.setDaemon(true);
      sampler.start();
    }

    Window stop() {
      running.set(false);
      sampler.interrupt();
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      cpuPercent = percentOfOneCore(cpuTicks() - startTicks, seconds);
      generatorCpuPercent = percentOfOneCore(selfCpuTicks() - generatorStartTicks, seconds);
      long[] machineEnd = machineTicks();
      machinePercent =
          100.0 * (machineEnd[0] - machineStart[0]) / Math.max(1, machineEnd[1] - machineStart[1]);
      rssEnd = rssMiB();
      return this;
    }

    /** Server CPU, % of one core. */
    double cpuPercent() {
      return cpuPercent;
    }

    /** The generator's own CPU (this JVM: load, WebSocket clients, sampling), % of one core. */
    double generatorCpuPercent() {
      return generatorCpuPercent;
    }

    /** Whole machine busy, % of all cores (server + load generator + PostgreSQL + others). */
    double machinePercent() {
      return machinePercent;
    }

    double peakRssMiB() {
      return Math.max(peakRssKiB.get() / 1024.0, rssEnd);
    }

    double rssEndMiB() {
      return rssEnd;
    }
  }
}
