package org.missionhub.plugin.roadmap.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.mission.MissionPerson;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.plugin.MissionScope;

/**
 * The organisations that co-manage the mission (the lead and accepted partners) and the people holding a
 * role in it, as the contract's read ports give them: who may own, contribute to or answer for something of
 * the roadmap.
 */
public final class MissionMembers {

  private final Map<String, OrganisationFacts> bySlug = new LinkedHashMap<>();
  private final Map<String, OrganisationFacts> byId = new LinkedHashMap<>();
  private final Map<String, String> people = new LinkedHashMap<>();

  public MissionMembers(MissionScope scope) {
    for (MissionOrganisation organisation : scope.organisations()) {
      byId.put(organisation.organisation().id().toString(), organisation.organisation());
      if (organisation.comanages()) {
        bySlug.put(organisation.organisation().slug(), organisation.organisation());
      }
    }
    for (MissionPerson person : scope.people()) {
      people.putIfAbsent(person.person().subject(), person.person().displayName());
    }
  }

  /** A co-managing organisation, by slug. */
  public Optional<OrganisationFacts> organisation(String slug) {
    return Optional.ofNullable(bySlug.get(slug));
  }

  /** Any organisation the mission has had (lead or invited partner), by id: for showing names. */
  public Optional<OrganisationFacts> known(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * A co-managing organisation by its slug or its name, as a spreadsheet names it (the export writes names),
   * ignoring case and surrounding spaces.
   */
  public Optional<OrganisationFacts> organisationNamed(String text) {
    String wanted = text == null ? "" : text.strip();
    return Optional.ofNullable(bySlug.get(wanted))
        .or(() -> bySlug.values().stream().filter(o -> o.slug().equalsIgnoreCase(wanted) || o.name().strip().equalsIgnoreCase(wanted)).findFirst());
  }

  /** The subjects of the people holding a role in the mission with that display name (ignoring case). */
  public java.util.List<String> peopleNamed(String name) {
    String wanted = name == null ? "" : name.strip();
    return people.entrySet().stream().filter(e -> e.getValue() != null && e.getValue().strip().equalsIgnoreCase(wanted)).map(Map.Entry::getKey).toList();
  }

  public String slugs() {
    return String.join(", ", bySlug.keySet());
  }

  /** The display name of someone holding a role in the mission. */
  public Optional<String> person(String subject) {
    return Optional.ofNullable(people.get(subject));
  }

  public Map<String, String> peopleBySubject() {
    return Map.copyOf(people);
  }
}
