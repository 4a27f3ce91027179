package dev.chatinbox.core.infrastructure.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;

/**
 * The migration index lists exactly the SQL scripts under db/migration (Flyway never scans on
 * Liberty, so an unlisted script would silently not run), and the provider serves only the folders
 * of the database at hand.
 */
class MigrationIndexTest {
  private static final String[] SQL = {".sql"};
  private static final ClassLoader LOADER = MigrationIndexTest.class.getClassLoader();

  /** Scripts in the source tree, relative to db/migration/, with '/' separators. */
  private static Set<String> scriptsOnDisk() throws IOException {
    Path base = Path.of(System.getProperty("basedir", "."));
    Path root = base.resolve("src/main/resources/db/migration");
    if (!Files.isDirectory(root)) {
      root = base.resolve("target/classes/db/migration");
    }
    assertTrue(Files.isDirectory(root), "migration folder not found from " + base.toAbsolutePath());
    Path folder = root;
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".sql"))
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static Set<String> names(Collection<LoadableResource> resources) {
    return resources.stream()
        .map(LoadableResource::getRelativePath)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyScriptIsListedInTheIndex() throws IOException {
    Set<String> onDisk = scriptsOnDisk();
    assertFalse(onDisk.isEmpty());
    Set<String> unlisted = new TreeSet<>(onDisk);
    unlisted.removeAll(IndexedMigrationResourceProvider.listedScripts(LOADER));
    assertEquals(
        Set.of(), unlisted, "scripts missing from " + IndexedMigrationResourceProvider.INDEX);
  }

  @Test
  void everyListedScriptExists() throws IOException {
    Set<String> onDisk = scriptsOnDisk();
    for (String script : IndexedMigrationResourceProvider.listedScripts(LOADER)) {
      assertTrue(onDisk.contains(script), script + " is listed but not in the source tree");
      assertNotNull(
          LOADER.getResource("db/migration/" + script),
          script + " is listed but not on the class path");
    }
  }

  @Test
  void indexListsEachScriptOnceAndSkipsCommentsAndBlankLines() {
    List<String> listed = IndexedMigrationResourceProvider.listedScripts(LOADER);
    assertEquals(new HashSet<>(listed).size(), listed.size(), "duplicates in " + listed);
    for (String script : listed) {
      assertFalse(
          script.isBlank() || script.startsWith("#") || !script.equals(script.trim()), script);
      assertTrue(script.contains("/"), script + " names no folder");
    }
  }

  @Test
  void commonFoldersOnlyForH2() {
    IndexedMigrationResourceProvider provider =
        new IndexedMigrationResourceProvider(DatabaseVendor.H2.folders(), LOADER);
    Set<String> served = names(provider.getResources("V", SQL));
    assertFalse(served.isEmpty());
    assertTrue(
        served.stream().allMatch(p -> p.startsWith("db/migration/common/")), served.toString());
    assertNull(provider.getResource("V1_1__postgresql_indexes.sql"));
  }

  @Test
  void postgresqlGetsEveryListedScript() {
    IndexedMigrationResourceProvider provider =
        new IndexedMigrationResourceProvider(DatabaseVendor.POSTGRESQL.folders(), LOADER);
    Set<String> expected =
        IndexedMigrationResourceProvider.listedScripts(LOADER).stream()
            .map(s -> "db/migration/" + s)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, names(provider.getResources("V", SQL)));
    assertTrue(
        names(provider.getResources("V", SQL)).stream()
            .anyMatch(p -> p.startsWith("db/migration/postgresql/")));
  }

  @Test
  void onlyTheRequestedFolderIsServed() {
    IndexedMigrationResourceProvider provider =
        new IndexedMigrationResourceProvider(List.of("postgresql"), LOADER);
    assertTrue(
        names(provider.getResources("V", SQL)).stream()
            .allMatch(p -> p.startsWith("db/migration/postgresql/")));
    IndexedMigrationResourceProvider none =
        new IndexedMigrationResourceProvider(List.of("oracle"), LOADER);
    assertEquals(Set.of(), names(none.getResources("V", SQL)));
  }

  @Test
  void resourcesAreFilteredByPrefixAndSuffix() {
    IndexedMigrationResourceProvider provider =
        new IndexedMigrationResourceProvider(DatabaseVendor.POSTGRESQL.folders(), LOADER);
    Collection<LoadableResource> v1 = provider.getResources("V1__", SQL);
    assertTrue(
        names(v1).contains("db/migration/common/V1__inbox_schema.sql"), names(v1).toString());
    assertTrue(v1.stream().allMatch(r -> r.getFilename().startsWith("V1__")), names(v1).toString());
    assertEquals(Set.of(), names(provider.getResources("V", new String[] {".java"})));
    assertEquals(Set.of(), names(provider.getResources("X", SQL)));
  }

  @Test
  void resourceIsFoundByFileNameOrPathAndReadsTheScript() throws IOException {
    IndexedMigrationResourceProvider provider =
        new IndexedMigrationResourceProvider(DatabaseVendor.POSTGRESQL.folders(), LOADER);
    LoadableResource byName = provider.getResource("V1__inbox_schema.sql");
    assertNotNull(byName);
    assertEquals("V1__inbox_schema.sql", byName.getFilename());
    assertEquals(
        byName.getRelativePath(),
        provider.getResource("db/migration/common/V1__inbox_schema.sql").getRelativePath());
    String text;
    try (Reader reader = byName.read();
        BufferedReader lines = new BufferedReader(reader)) {
      text = lines.lines().collect(Collectors.joining("\n"));
    }
    Path source =
        Path.of(System.getProperty("basedir", "."))
            .resolve("src/main/resources/db/migration/common/V1__inbox_schema.sql");
    if (Files.exists(source)) {
      assertEquals(
          Files.readString(source, StandardCharsets.UTF_8).replace("\r\n", "\n").strip(),
          text.strip());
    }
    assertTrue(text.contains("CREATE TABLE conversations"));
    assertNull(provider.getResource("V9__missing.sql"));
  }
}
