package dev.chatinbox.core.infrastructure.persistence.migration;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.resource.LoadableResource;

/** One migration script on the class path, named by the migration index. */
final class IndexedMigrationResource extends LoadableResource {
  private final String path;
  private final ClassLoader loader;

  IndexedMigrationResource(String path, ClassLoader loader) {
    this.path = path;
    this.loader = loader;
  }

  @Override
  public Reader read() {
    InputStream in = loader.getResourceAsStream(path);
    if (in == null) {
      throw new FlywayException("Migration listed in the index is missing: " + path);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  @Override
  public String getAbsolutePath() {
    return path;
  }

  @Override
  public String getAbsolutePathOnDisk() {
    return path;
  }

  @Override
  public String getFilename() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Override
  public String getRelativePath() {
    return path;
  }
}
