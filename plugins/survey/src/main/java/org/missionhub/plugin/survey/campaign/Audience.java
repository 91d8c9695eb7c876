package org.missionhub.plugin.survey.campaign;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.organisation.OrganisationType;

/** Who a campaign invites: active organisations of these types in these countries (empty: any). */
public record Audience(Set<OrganisationType> types, Set<String> countries) {

  public static final Audience EVERYONE = new Audience(Set.of(), Set.of());

  public Audience {
    types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    countries = Set.copyOf(new TreeSet<>(countries));
  }

  public boolean includes(OrganisationFacts organisation) {
    return (types.isEmpty() || types.contains(organisation.type())) && (countries.isEmpty() || countries.contains(organisation.country()));
  }
}
