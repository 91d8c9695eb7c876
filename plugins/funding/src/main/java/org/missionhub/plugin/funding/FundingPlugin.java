package org.missionhub.plugin.funding;

import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.PluginApi;
import org.missionhub.api.plugin.PluginDescriptor;

/** The Funding alignment plugin. It registers itself; its features are built in their own issue and say so until then. */
public class FundingPlugin implements MissionHubPlugin {

  private static final PluginDescriptor DESCRIPTOR =
      PluginDescriptor.builder("funding")
          .name(LocalizedText.of("en", "Funding alignment", "fr", "Alignement des financements", "da", "Koordinering af finansiering"))
          .description(LocalizedText.of("en", "Funding lines of several funders aligned across different budget cycles. No features yet: they are being built.", "fr", "Lignes de financement de plusieurs bailleurs alignées malgré des cycles budgétaires différents. Pas encore de fonctionnalités : elles sont en cours de développement.", "da", "Flere bevillingsgiveres finansiering koordineret på tværs af forskellige budgetcyklusser. Endnu ingen funktioner: de er under udvikling."))
          .version("0.1.0")
          .apiVersions(PluginApi.VERSION)
          .build();

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }
}
