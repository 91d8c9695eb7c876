package org.missionhub.api.plugin;

import java.util.Objects;

/**
 * One kind of data a plugin holds for an organisation, and how much (contract 1.3.0): what an
 * administrator is shown before removing the plugin's data, and what an export of the organisation's data
 * lists for the plugin.
 *
 * @param id a stable key, lower-case words with hyphens ({@code notes})
 * @param name what it is, for people ("Notes written by the organisation's people")
 * @param items how many there are
 */
public record DataHolding(String id, LocalizedText name, long items) {

  public DataHolding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (!id.matches("[a-z][a-z0-9-]{0,39}")) {
      throw new IllegalArgumentException("a data holding's id is lower-case words with hyphens: " + id);
    }
    if (items < 0) {
      throw new IllegalArgumentException("items must not be negative");
    }
  }
}
