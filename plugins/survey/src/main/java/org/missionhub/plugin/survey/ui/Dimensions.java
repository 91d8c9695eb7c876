package org.missionhub.plugin.survey.ui;

import java.util.Locale;
import java.util.Map;

/** The names of the breakdowns and peer groups. */
final class Dimensions {

  private static final Map<String, String> KEYS =
      Map.of(
          "all", "survey.allRespondents",
          "organisationType", "survey.organisationType",
          "country", "survey.country",
          "phase", "survey.missionPhase",
          "governanceMode", "survey.governanceMode",
          "challengeArea", "survey.challengeArea",
          "sector", "survey.sector");

  private Dimensions() {}

  static String label(String dimension, Locale locale) {
    String key = KEYS.get(dimension);
    return key == null ? dimension : Words.in(key, locale);
  }
}
