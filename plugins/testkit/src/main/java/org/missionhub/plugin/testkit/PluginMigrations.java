package org.missionhub.plugin.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A plugin's own Flyway migrations ({@code db/migration/<plugin>/V*__*.sql}), applied by plain JDBC in
 * version order, for tests and benchmarks that run the plugin's stores outside the server (plugins may not
 * depend on Flyway, which the platform runs). Every migration in the folder is applied, so a new one is
 * picked up without changing anything here.
 */
public final class PluginMigrations {

  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");
  private static final Pattern CREATE_TABLE = Pattern.compile("create table (\\w+)", Pattern.CASE_INSENSITIVE);

  private final String folder;
  private final ClassLoader loader;

  /** The migrations in {@code folder} on the class path of {@code plugin}'s class loader. */
  public PluginMigrations(String folder, Class<?> plugin) {
    this.folder = folder;
    this.loader = plugin.getClassLoader();
  }

  /** The migrations' resource names, in version order. */
  public List<String> names() {
    URL folder = loader.getResource(this.folder);
    if (folder == null || !"file".equals(folder.getProtocol())) {
      throw new IllegalStateException("the migrations " + this.folder + " are not in a folder on the class path: " + folder);
    }
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> VERSIONED.matcher(n).matches()).sorted(Comparator.comparingInt(PluginMigrations::version)).toList();
      if (names.isEmpty()) {
        throw new IllegalStateException("no migration in " + folder);
      }
      return names.stream().map(n -> this.folder + "/" + n).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Applies every migration on the connection (the caller commits if it is not auto-committing). */
  public void apply(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String migration : names()) {
        for (String sql : statements(migration)) {
          statement.execute(sql);
        }
      }
    }
  }

  /** The tables the migrations create, the last created first (the order to drop them in). */
  public List<String> tables() {
    List<String> tables = new ArrayList<>();
    for (String migration : names()) {
      for (String sql : statements(migration)) {
        Matcher m = CREATE_TABLE.matcher(sql);
        if (m.lookingAt()) {
          tables.add(0, m.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return tables;
  }

  /** A migration's statements: comments (which may hold a ";") removed, then split at each ";". */
  List<String> statements(String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no migration " + resource);
      }
      String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\n]*", "");
      return Arrays.stream(script.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int version(String name) {
    Matcher m = VERSIONED.matcher(name);
    if (!m.matches()) {
      throw new IllegalArgumentException(name);
    }
    return Integer.parseInt(m.group(1));
  }
}
