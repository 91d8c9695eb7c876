package org.missionhub.plugin.notes;

import java.util.List;

/** What {@code GET .../notes/mission} answers: the mission as the contract's read ports describe it. */
public record MissionContext(List<Organisation> organisations, List<Person> people, int decisions, List<Gate> gates) {

  /** An organisation of the mission, by slug; {@code status} of its partnership (the lead: ACCEPTED). */
  public record Organisation(String slug, boolean lead, String status) {}

  /** A role someone holds, with the id of the organisation they hold it through. */
  public record Person(String name, String role, String organisationId) {}

  /** A gate decision that moved the mission between phases. */
  public record Gate(String decisionId, String from, String to) {}
}
