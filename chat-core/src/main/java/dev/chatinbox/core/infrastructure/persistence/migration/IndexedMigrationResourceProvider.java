package dev.chatinbox.core.infrastructure.persistence.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Gives Flyway the scripts listed in {@code db/migration/migrations.idx} for the chosen folders.
 * Liberty serves EAR libraries through {@code wsjar:} URLs that Flyway's scanner cannot list, so we
 * never scan.
 */
public final class IndexedMigrationResourceProvider implements ResourceProvider {
  /** The index: one path per line relative to {@link #ROOT}, {@code #} starts a comment. */
  public static final String INDEX = "db/migration/migrations.idx";

  static final String ROOT = "db/migration/";

  private final List<LoadableResource> resources;

  public IndexedMigrationResourceProvider(List<String> folders, ClassLoader loader) {
    this.resources =
        listedScripts(loader).stream()
            .filter(script -> folders.contains(script.substring(0, script.indexOf('/'))))
            .map(script -> (LoadableResource) new IndexedMigrationResource(ROOT + script, loader))
            .toList();
  }

  /** Every script path in the index, relative to {@code db/migration/}. */
  public static List<String> listedScripts(ClassLoader loader) {
    InputStream in = Objects.requireNonNull(loader.getResourceAsStream(INDEX), "missing " + INDEX);
    List<String> scripts = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.trim();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          scripts.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + INDEX, e);
    }
    return scripts;
  }

  @Override
  public LoadableResource getResource(String name) {
    return resources.stream()
        .filter(r -> r.getRelativePath().equals(name) || r.getFilename().equals(name))
        .findFirst()
        .orElse(null);
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    return resources.stream()
        .filter(r -> r.getFilename().startsWith(prefix))
        .filter(r -> hasSuffix(r.getFilename(), suffixes))
        .toList();
  }

  private static boolean hasSuffix(String filename, String[] suffixes) {
    for (String suffix : suffixes) {
      if (filename.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}
