package org.missionhub.plugin.survey.ui;

import java.util.Locale;
import java.util.Map;
import org.missionhub.api.plugin.LocalizedText;

/** The names of the breakdowns and peer groups. */
final class Dimensions {

  private static final Map<String, LocalizedText> NAMES =
      Map.of(
          "all", Words.of("All respondents", "Tous les répondants", "Alle respondenter"),
          "organisationType", Words.of("Organisation type", "Type d’organisation", "Organisationstype"),
          "country", Words.of("Country", "Pays", "Land"),
          "phase", Words.of("Mission phase", "Phase de la mission", "Missionsfase"),
          "governanceMode", Words.of("Governance mode", "Mode de gouvernance", "Styringsform"),
          "challengeArea", Words.of("Challenge area", "Domaine de défi", "Udfordringsområde"));

  private Dimensions() {}

  static String label(String dimension, Locale locale) {
    LocalizedText name = NAMES.get(dimension);
    return name == null ? dimension : name.in(locale);
  }
}
