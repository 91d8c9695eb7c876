package org.missionhub.api.plugin;

import java.util.Objects;

/**
 * An item of the platform's own that a plugin's {@link ItemAction} acts on (contract 1.3.0), named by its
 * id (as in the REST API) and its title as the person sees it.
 */
public record CoreItem(Kind kind, String id, String title) {

  /** The kinds of core item that carry plugin actions. */
  public enum Kind {
    /** An entry of a mission's decision log. */
    DECISION,
    /** An entry of a mission's risk register. */
    RISK
  }

  public CoreItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }
}
