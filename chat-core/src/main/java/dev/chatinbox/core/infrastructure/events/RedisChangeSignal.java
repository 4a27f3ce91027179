package dev.chatinbox.core.infrastructure.events;

import dev.chatinbox.core.spi.ChangeSignal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPubSub;

/**
 * The change signal over Redis pub/sub (channel {@value #CHANNEL}). Publishing has a short timeout
 * and a simple breaker: after a failure, publishing is skipped for {@link #PAUSE} instead of making
 * every round wait for a dead Redis. Listening runs on its own thread and reconnects with backoff
 * (0.5 s doubling to 10 s); after each (re)connection the listener is called once, because signals
 * sent while disconnected are lost — the caller catches up from the log.
 */
public final class RedisChangeSignal implements ChangeSignal {
  private static final Logger LOG = Logger.getLogger(RedisChangeSignal.class.getName());
  static final String CHANNEL = "chat-inbox:changes";
  static final Duration TIMEOUT = Duration.ofMillis(500);
  static final Duration PAUSE = Duration.ofSeconds(5);

  private final HostAndPort address;
  private final JedisClientConfig config;
  private final JedisPool publisher;
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile Instant pausedUntil = Instant.EPOCH;
  private volatile Subscriber subscriber;
  private volatile Thread thread;

  public RedisChangeSignal(URI url) {
    this.address = new HostAndPort(url.getHost(), url.getPort() < 0 ? 6379 : url.getPort());
    DefaultJedisClientConfig.Builder builder =
        DefaultJedisClientConfig.builder()
            .connectionTimeoutMillis((int) TIMEOUT.toMillis())
            .socketTimeoutMillis((int) TIMEOUT.toMillis())
            .protocol(redis.clients.jedis.RedisProtocol.RESP2)
            .ssl("rediss".equalsIgnoreCase(url.getScheme()));
    String userInfo = url.getUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      if (colon < 0) {
        builder.password(userInfo);
      } else {
        if (colon > 0) {
          builder.user(userInfo.substring(0, colon));
        }
        builder.password(userInfo.substring(colon + 1));
      }
    }
    String path = url.getPath();
    if (path != null && path.length() > 1) {
      builder.database(Integer.parseInt(path.substring(1)));
    }
    this.config = builder.build();
    this.publisher = new JedisPool(address, config);
  }

  @Override
  public void publish(long position) {
    if (Instant.now().isBefore(pausedUntil)) {
      return;
    }
    try {
      try (Jedis jedis = publisher.getResource()) {
        jedis.publish(CHANNEL, Long.toString(position));
      }
    } catch (RuntimeException e) {
      pausedUntil = Instant.now().plus(PAUSE);
      LOG.log(
          Level.WARNING,
          "Redis unavailable for change signals ({0}); other nodes catch up from the log",
          e.toString());
    }
  }

  @Override
  public synchronized void listen(Runnable onSignal) {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    thread =
        new Thread(
            () -> {
              long backoff = 500;
              while (running.get()) {
                try (Jedis jedis = new Jedis(address, subscribeConfig())) {
                  Subscriber s = new Subscriber(onSignal);
                  subscriber = s;
                  backoff = 500;
                  jedis.subscribe(s, CHANNEL); // blocks until unsubscribed or disconnected
                } catch (RuntimeException e) {
                  if (running.get()) {
                    LOG.log(
                        Level.FINE,
                        "Redis change-signal subscription lost ({0}); retrying in {1} ms",
                        new Object[] {e.toString(), backoff});
                  }
                }
                onSignal.run(); // whatever was signalled meanwhile: catch up from the log
                sleep(backoff);
                backoff = Math.min(backoff * 2, 10_000);
              }
            },
            "chat-redis-change-signal");
    thread.setDaemon(true);
    thread.start();
  }

  private JedisClientConfig subscribeConfig() {
    // a subscription waits for messages indefinitely: no read timeout, same connect timeout
    return DefaultJedisClientConfig.builder()
        .connectionTimeoutMillis((int) TIMEOUT.toMillis())
        .socketTimeoutMillis(0)
        .protocol(redis.clients.jedis.RedisProtocol.RESP2)
        .ssl(config.isSsl())
        .user(config.getUser())
        .password(config.getPassword())
        .database(config.getDatabase())
        .build();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    running.set(false);
    Subscriber s = subscriber;
    if (s != null && s.isSubscribed()) {
      try {
        s.unsubscribe();
      } catch (RuntimeException e) {
        // already gone
      }
    }
    if (thread != null) {
      thread.interrupt();
    }
    publisher.close();
  }

  @Override
  public String describe() {
    return "Redis pub/sub at " + address + " (channel " + CHANNEL + ")";
  }

  private static final class Subscriber extends JedisPubSub {
    private final Runnable onSignal;

    Subscriber(Runnable onSignal) {
      this.onSignal = onSignal;
    }

    @Override
    public void onSubscribe(String channel, int subscribedChannels) {
      onSignal.run(); // (re)connected: catch up on what was missed
    }

    @Override
    public void onMessage(String channel, String message) {
      onSignal.run();
    }
  }
}
