package dev.chatinbox.core.support;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * A MicroProfile {@link Config} over a map of strings, for reading settings without a runtime:
 * strings, integers, longs and booleans, an empty value counting as none (as MicroProfile Config).
 */
public final class MapConfig implements Config {
  private final Map<String, String> values;

  public MapConfig(Map<String, String> values) {
    this.values = values;
  }

  @Override
  public <T> T getValue(String name, Class<T> type) {
    return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
  }

  @Override
  public ConfigValue getConfigValue(String name) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
    String value = values.get(name);
    // MicroProfile Config: an empty value is no value
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    Object converted =
        type == String.class
            ? value
            : type == Integer.class
                ? Integer.valueOf(value.strip())
                : type == Long.class
                    ? Long.valueOf(value.strip())
                    : type == Boolean.class ? Boolean.valueOf(value.strip()) : unsupported(type);
    return Optional.of(type.cast(converted));
  }

  private static Object unsupported(Class<?> type) {
    throw new UnsupportedOperationException(type.getName());
  }

  @Override
  public Iterable<String> getPropertyNames() {
    return values.keySet();
  }

  @Override
  public Iterable<ConfigSource> getConfigSources() {
    return List.of();
  }

  @Override
  public <T> Optional<Converter<T>> getConverter(Class<T> type) {
    return Optional.empty();
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    throw new IllegalArgumentException(type.getName());
  }
}
