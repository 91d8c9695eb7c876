package org.missionhub.api.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a plugin is: a stable id (lower case, digits and hyphens; it is part of URLs and table names), its
 * name and description in the reader's language, its version, the range of plugin-contract versions it
 * supports (see {@link PluginApi}), the plugins it requires and, since contract 1.3.0, the packages of its
 * own small API that the plugins requiring it may use (its exported services' interfaces, its events).
 * Since contract 1.7.0 it also names the plugins it <em>uses</em>: an optional requirement, started first
 * and its services offered when it is installed and active in the range, never a reason to refuse this
 * plugin, and not something an organisation must enable first.
 */
public record PluginDescriptor(
    String id,
    LocalizedText name,
    LocalizedText description,
    SemanticVersion version,
    VersionRange apiVersions,
    List<PluginDependency> requires,
    List<String> exports,
    List<PluginDependency> uses) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");
  private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");
  private static final List<String> PLATFORM_PACKAGES = List.of("org.missionhub.api", "org.missionhub.core", "org.missionhub.ui", "jakarta", "java");

  /** A descriptor using no plugin optionally (contract 1.6.0 and before). */
  public PluginDescriptor(
      String id, LocalizedText name, LocalizedText description, SemanticVersion version, VersionRange apiVersions, List<PluginDependency> requires, List<String> exports) {
    this(id, name, description, version, apiVersions, requires, exports, List.of());
  }

  /** A descriptor exporting nothing (contract 1.2.0 and before). */
  public PluginDescriptor(
      String id, LocalizedText name, LocalizedText description, SemanticVersion version, VersionRange apiVersions, List<PluginDependency> requires) {
    this(id, name, description, version, apiVersions, requires, List.of());
  }

  public PluginDescriptor {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a plugin id is 2-40 lower-case letters, digits or hyphens, starting with a letter: " + id);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(apiVersions, "apiVersions");
    requires = requires == null ? List.of() : List.copyOf(requires);
    exports = exports == null ? List.of() : List.copyOf(exports);
    uses = uses == null ? List.of() : List.copyOf(uses);
    for (PluginDependency used : uses) {
      if (used.pluginId().equals(id) || requires.stream().anyMatch(r -> r.pluginId().equals(used.pluginId()))) {
        throw new IllegalArgumentException("a plugin uses another plugin that it does not require, and not itself: " + used.pluginId());
      }
    }
    for (String exported : exports) {
      if (!PACKAGE.matcher(exported).matches()) {
        throw new IllegalArgumentException("an exported package is a Java package name such as org.example.roadmap.api: " + exported);
      }
      if (PLATFORM_PACKAGES.stream().anyMatch(p -> exported.equals(p) || exported.startsWith(p + "."))) {
        throw new IllegalArgumentException("a plugin cannot export the platform's package " + exported);
      }
    }
  }

  /** Starts a descriptor: {@code PluginDescriptor.builder("survey").name(...).version("1.0.0")...build()}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a descriptor step by step. */
  public static final class Builder {
    private final String id;
    private LocalizedText name;
    private LocalizedText description;
    private SemanticVersion version;
    private VersionRange apiVersions;
    private final List<PluginDependency> requires = new ArrayList<>();
    private final List<String> exports = new ArrayList<>();
    private final List<PluginDependency> uses = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    public Builder name(LocalizedText value) {
      this.name = value;
      return this;
    }

    public Builder description(LocalizedText value) {
      this.description = value;
      return this;
    }

    public Builder version(String value) {
      this.version = SemanticVersion.parse(value);
      return this;
    }

    /** The contract versions supported: {@code PluginApi.VERSION} (as compiled) or an explicit range. */
    public Builder apiVersions(String range) {
      this.apiVersions = VersionRange.parse(range);
      return this;
    }

    public Builder requires(String pluginId, String versionRange) {
      requires.add(PluginDependency.on(pluginId, versionRange));
      return this;
    }

    /**
     * A plugin this one uses when it is there (contract 1.7.0): started first and its exported services
     * offered through {@link PluginContext#optionalService} when it is installed, active and of a version in
     * the range; otherwise this plugin runs without it. Organisations need not enable it.
     */
    public Builder uses(String pluginId, String versionRange) {
      uses.add(PluginDependency.on(pluginId, versionRange));
      return this;
    }

    /**
     * Packages (not their sub-packages) whose classes the plugins requiring this one may load, even as
     * drop-ins (contract 1.3.0): the interfaces of the services it exports and the types of its events.
     * Keep them small and stable; they are part of the plugin's version.
     */
    public Builder exports(String... packages) {
      exports.addAll(List.of(packages));
      return this;
    }

    public PluginDescriptor build() {
      return new PluginDescriptor(id, name, description, version, apiVersions, requires, exports, uses);
    }
  }
}
