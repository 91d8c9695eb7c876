package org.missionhub.plugin.roadmap.testing;

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
 * The roadmap plugin's own Flyway migrations ({@code db/migration/roadmap/V*__*.sql}), applied by plain JDBC
 * in version order, for tests and the benchmark that run the stores outside the server (plugins may not
 * depend on Flyway, which the platform runs). Every migration in the folder is applied, so a new one is
 * picked up without changing this class.
 */
public final class RoadmapMigrations {

  static final String FOLDER = "db/migration/roadmap";
  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");
  private static final Pattern CREATE_TABLE = Pattern.compile("create table (\\w+)", Pattern.CASE_INSENSITIVE);

  private RoadmapMigrations() {}

  /** The migrations' resource names, in version order. */
  public static List<String> names() {
    URL folder = RoadmapMigrations.class.getClassLoader().getResource(FOLDER);
    if (folder == null || !"file".equals(folder.getProtocol())) {
      throw new IllegalStateException("the roadmap's migrations are not in a folder on the class path: " + folder);
    }
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> VERSIONED.matcher(n).matches()).sorted(Comparator.comparingInt(RoadmapMigrations::version)).toList();
      if (names.isEmpty()) {
        throw new IllegalStateException("no migration in " + folder);
      }
      return names.stream().map(n -> FOLDER + "/" + n).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Applies every migration on the connection (the caller commits if it is not auto-committing). */
  public static void apply(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String migration : names()) {
        for (String sql : statements(migration)) {
          statement.execute(sql);
        }
      }
    }
  }

  /** The tables the migrations create, the last created first (the order to drop them in). */
  public static List<String> tables() {
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
  static List<String> statements(String resource) {
    try (InputStream in = RoadmapMigrations.class.getClassLoader().getResourceAsStream(resource)) {
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
