package org.missionhub.core.startup;

import java.util.Set;
import org.missionhub.core.organisation.application.PersonDetails;
import org.missionhub.core.security.Caller;

/**
 * The people of the demo data. Their subjects are fixed so that the identity provider's demo realm
 * (infra/keycloak) can give its users the same ids.
 */
final class DemoPeople {

  static final String MINISTRY = "ministry-social-affairs";
  static final String MUNICIPALITY = "nordby-municipality";
  static final String NGO = "youth-minds";
  static final String FOUNDATION = "green-futures-foundation";
  static final String OECD = "oecd-mission-lab";

  static final PersonDetails ANNA = person("0101", "Anna Holm", "anna@ministry.example");
  static final PersonDetails MIKKEL = person("0102", "Mikkel Berg", "mikkel@ministry.example");
  static final PersonDetails SOFIE = person("0201", "Sofie Lund", "sofie@nordby.example");
  static final PersonDetails JONAS = person("0202", "Jonas Kjaer", "jonas@nordby.example");
  static final PersonDetails CAMILLE = person("0301", "Camille Martin", "camille@youthminds.example");
  static final PersonDetails LUCAS = person("0302", "Lucas Bernard", "lucas@youthminds.example");
  static final PersonDetails OLIVER = person("0401", "Oliver Smith", "oliver@greenfutures.example");
  /** A benchmark analyst (platform role BENCHMARK_ANALYST in the identity provider). */
  static final PersonDetails INES = person("0501", "Ines Moreau", "ines@oecd-lab.example");

  private DemoPeople() {}

  private static PersonDetails person(String number, String name, String email) {
    return new PersonDetails("5e3d1c2a-0000-4000-8000-00000000" + number, name, email);
  }

  /** The caller a demo person is when they work in the given organisations. */
  static Caller caller(PersonDetails person, String... organisations) {
    return new Caller(person.subject(), person.displayName(), person.email(), Set.of(), Set.of(organisations));
  }
}
