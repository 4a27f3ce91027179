package dev.chatinbox.core.infrastructure.carrier;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/** A MicroProfile {@link Config} over a map of strings, for reading settings without a runtime. */
final class MapConfig implements Config {
  private final Map<String, String> values;

  MapConfig(Map<String, String> values) {
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
    if (type != String.class) {
      throw new UnsupportedOperationException(type.getName());
    }
    String value = values.get(name);
    // MicroProfile Config: an empty value is no value
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(type.cast(value));
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
