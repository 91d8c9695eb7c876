package org.missionhub.plugin.evaluation;

import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.PluginApi;
import org.missionhub.api.plugin.PluginDescriptor;

/** The Monitoring and evaluation plugin. It registers itself; its features are built in their own issue and say so until then. */
public class EvaluationPlugin implements MissionHubPlugin {

  private static final PluginDescriptor DESCRIPTOR =
      PluginDescriptor.builder("evaluation")
          .name(LocalizedText.of("en", "Monitoring and evaluation", "fr", "Suivi et évaluation", "da", "Opfølgning og evaluering"))
          .description(LocalizedText.of("en", "A monitoring and evaluation plan with indicators, baselines and targets. No features yet: they are being built.", "fr", "Un plan de suivi et d’évaluation avec indicateurs, situations de référence et cibles. Pas encore de fonctionnalités : elles sont en cours de développement.", "da", "En plan for opfølgning og evaluering med indikatorer, udgangspunkter og mål. Endnu ingen funktioner: de er under udvikling."))
          .version("0.1.0")
          .apiVersions(PluginApi.VERSION)
          .build();

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }
}
