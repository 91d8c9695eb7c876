package org.missionhub.api.plugin;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.missionhub.api.organisation.OrganisationId;

/**
 * A cross-organisation workshop a plugin prepares (contract 1.11.0): the plugin's item it is about (the plugin's
 * own reference, such as {@code campaign/<id>}, at most 200 characters), its title, its prompts and the
 * organisations whose people take part.
 */
public record WorkshopDraft(String item, String title, List<String> prompts, Set<OrganisationId> organisations) {
  public WorkshopDraft {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(title, "title");
    prompts = List.copyOf(prompts);
    organisations = Set.copyOf(organisations);
  }
}
