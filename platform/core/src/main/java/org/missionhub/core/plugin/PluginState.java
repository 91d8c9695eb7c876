package org.missionhub.core.plugin;

/** What became of a plugin the platform found. */
public enum PluginState {
  /** Resolved, migrated and started: its contributions are live. */
  ACTIVE,
  /** Not loaded: it could not be read, or its id, API version or requirements do not fit. */
  REFUSED,
  /** Resolved, but its migrations, contributions or start failed (or something it requires did). */
  FAILED
}
