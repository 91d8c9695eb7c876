package org.missionhub.plugin.survey;

import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.PluginApi;
import org.missionhub.api.plugin.PluginDescriptor;

/** The Surveys and benchmarking plugin. It registers itself; its features are built in their own issue and say so until then. */
public class SurveyPlugin implements MissionHubPlugin {

  private static final PluginDescriptor DESCRIPTOR =
      PluginDescriptor.builder("survey")
          .name(LocalizedText.of("en", "Surveys and benchmarking", "fr", "Enquêtes et étalonnage", "da", "Spørgeskemaer og benchmarking"))
          .description(LocalizedText.of("en", "Surveys of mission practitioners and cross-organisation benchmarks with safe aggregates. No features yet: they are being built.", "fr", "Enquêtes auprès des acteurs des missions et étalonnages entre organisations, avec des agrégats sûrs. Pas encore de fonctionnalités : elles sont en cours de développement.", "da", "Spørgeskemaer til missionsaktører og benchmarking på tværs af organisationer med sikre aggregater. Endnu ingen funktioner: de er under udvikling."))
          .version("0.1.0")
          .apiVersions(PluginApi.VERSION)
          .build();

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }
}
