package dev.chatinbox.api.security;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/** MicroProfile Config over a map: strings and integers, as the security classes read them. */
record MapConfig(Map<String, String> values) implements Config {

  @Override
  public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
    String value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(type.cast(type == Integer.class ? Integer.valueOf(value) : value));
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
  public Iterable<String> getPropertyNames() {
    return values.keySet();
  }

  @Override
  public Iterable<ConfigSource> getConfigSources() {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> Optional<Converter<T>> getConverter(Class<T> type) {
    return Optional.empty();
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    throw new UnsupportedOperationException();
  }
}
