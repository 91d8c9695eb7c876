package org.missionhub.api.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a plugin is: a stable id (lower case, digits and hyphens; it is part of URLs and table names), its
 * name and description in the reader's language, its version, the range of plugin-contract versions it
 * supports (see {@link PluginApi}) and the plugins it requires.
 */
public record PluginDescriptor(
    String id,
    LocalizedText name,
    LocalizedText description,
    SemanticVersion version,
    VersionRange apiVersions,
    List<PluginDependency> requires) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

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

    public PluginDescriptor build() {
      return new PluginDescriptor(id, name, description, version, apiVersions, requires);
    }
  }
}
