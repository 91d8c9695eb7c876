package org.missionhub.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionhub.api.plugin.MissionHubPlugin;

/**
 * The drop-in directory: real plugin jars, compiled from source by the test against the plugin API alone,
 * copied into a directory and discovered by a new loader, as at the next server start.
 */
class PluginLoaderTest {

  @TempDir Path work;

  @Test
  void aJarCopiedIntoTheDirectoryIsFoundAtTheNextStart() throws Exception {
    Path dropIn = Files.createDirectories(work.resolve("plugins"));
    ClassLoader application = getClass().getClassLoader();
    // given a first start with one plugin jar
    Files.copy(pluginJar("alpha", "Alpha", "public Alpha() {}"), dropIn.resolve("alpha.jar"));
    try (PluginLoader first = new PluginLoader()) {
      assertThat(ids(first.discover(application, dropIn))).containsExactly("alpha");
    }
    // when a second jar is copied there and the server starts again
    Files.copy(pluginJar("beta", "Beta", "public Beta() {}"), dropIn.resolve("beta.jar"));
    try (PluginLoader second = new PluginLoader()) {
      List<Candidate> found = second.discover(application, dropIn);
      // then both are found, each from its own jar and class loader
      assertThat(ids(found)).containsExactly("alpha", "beta");
      assertThat(found).extracting(Candidate::source).allMatch(s -> s.endsWith(".jar"));
      assertThat(found.get(0).loader()).isNotSameAs(found.get(1).loader());
    }
  }

  @Test
  void aPluginThatCannotBeCreatedIsABrokenCandidateNotAnError() throws Exception {
    Path dropIn = Files.createDirectories(work.resolve("plugins"));
    Files.copy(pluginJar("broken", "Broken", "public Broken() { throw new IllegalStateException(\"no\"); }"), dropIn.resolve("broken.jar"));
    Files.copy(pluginJar("fine", "Fine", "public Fine() {}"), dropIn.resolve("fine.jar"));
    Files.writeString(dropIn.resolve("notes.txt"), "not a jar, ignored");
    try (PluginLoader loader = new PluginLoader()) {
      List<Candidate> found = loader.discover(getClass().getClassLoader(), dropIn);
      assertThat(found).hasSize(2);
      Candidate broken = found.get(0);
      assertThat(broken.plugin()).isEmpty();
      assertThat(broken.problem()).hasValue("could not be created: IllegalStateException: no");
      assertThat(found.get(1).id()).isEqualTo("fine");
    }
  }

  @Test
  void aDropInPluginSeesThePluginApiButNotTheRestOfTheApplication() throws Exception {
    Path dropIn = Files.createDirectories(work.resolve("plugins"));
    // compiled against the whole application (as a careless plugin could be), using a core class
    String usesCore = "public Sneaky() { Object o = org.missionhub.core.shared.ApplicationException.class; }";
    Files.copy(pluginJar("sneaky", "Sneaky", usesCore, System.getProperty("java.class.path")), dropIn.resolve("sneaky.jar"));
    Files.copy(pluginJar("fine", "Fine", "public Fine() {}"), dropIn.resolve("fine.jar"));
    try (PluginLoader loader = new PluginLoader()) {
      List<Candidate> found = loader.discover(getClass().getClassLoader(), dropIn);
      // (jars are read in file name order: fine.jar, then sneaky.jar)
      assertThat(found.get(1).problem().orElseThrow())
          .isEqualTo(
              "could not be created: ClassNotFoundException: org.missionhub.core.shared.ApplicationException (a drop-in plugin sees"
                  + " only the plugin API, Jakarta EE, MicroProfile and Vaadin)");
      // the one that keeps to the API runs, and finds only its own resources (not the core's migrations)
      Candidate fine = found.get(0);
      assertThat(fine.plugin()).isPresent();
      assertThat(getClass().getClassLoader().getResource("db/migration/core/flyway.location")).isNotNull();
      assertThat(fine.loader().getResource("db/migration/core/flyway.location")).isNull();
      assertThat(fine.loader().loadClass("org.missionhub.api.plugin.MissionHubPlugin")).isSameAs(MissionHubPlugin.class);
    }
  }

  @Test
  void aMissingDirectoryMeansNoDropInPlugins() {
    try (PluginLoader loader = new PluginLoader()) {
      assertThat(loader.discover(getClass().getClassLoader(), work.resolve("absent"))).isEmpty();
    }
  }

  private static List<String> ids(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::id).toList();
  }

  /** Compiles a one-class plugin against platform/api and packs it with its service file. */
  private Path pluginJar(String id, String className, String constructor) throws IOException {
    return pluginJar(id, className, constructor, Path.of(MissionHubPlugin.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString());
  }

  private Path pluginJar(String id, String className, String constructor, String classpath) throws IOException {
    Path sources = Files.createDirectories(work.resolve("src-" + id + "/example"));
    Path classes = Files.createDirectories(work.resolve("classes-" + id));
    String source =
        """
        package example;

        import org.missionhub.api.plugin.*;

        public class %s implements MissionHubPlugin {
          %s
          @Override
          public PluginDescriptor descriptor() {
            return PluginDescriptor.builder("%s")
                .name(LocalizedText.of("en", "%s"))
                .description(LocalizedText.of("en", "Dropped in by a test"))
                .version("1.0.0")
                .apiVersions(PluginApi.VERSION)
                .build();
          }
        }
        """
            .formatted(className, constructor, id, className);
    Path file = Files.writeString(sources.resolve(className + ".java"), source);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    int status = compiler.run(null, null, null, "-classpath", classpath, "-d", classes.toString(), file.toString());
    assertThat(status).as("compiling the %s plugin", id).isZero();
    Path jar = work.resolve(id + "-build.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> compiled = Files.walk(classes)) {
      for (Path c : compiled.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
        Files.copy(c, out);
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("META-INF/services/" + MissionHubPlugin.class.getName()));
      writeLine(out, "example." + className);
      out.closeEntry();
    }
    return jar;
  }

  private static void writeLine(OutputStream out, String line) throws IOException {
    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
