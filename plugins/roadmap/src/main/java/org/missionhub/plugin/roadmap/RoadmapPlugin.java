package org.missionhub.plugin.roadmap;

import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.PluginApi;
import org.missionhub.api.plugin.PluginDescriptor;

/** The Roadmap plugin. It registers itself; its features are built in their own issue and say so until then. */
public class RoadmapPlugin implements MissionHubPlugin {

  private static final PluginDescriptor DESCRIPTOR =
      PluginDescriptor.builder("roadmap")
          .name(LocalizedText.of("en", "Roadmap", "fr", "Feuille de route", "da", "Køreplan"))
          .description(LocalizedText.of("en", "Milestones and a shared roadmap across the mission's partners. No features yet: they are being built.", "fr", "Jalons et feuille de route partagée entre les partenaires de la mission. Pas encore de fonctionnalités : elles sont en cours de développement.", "da", "Milepæle og en fælles køreplan for missionens partnere. Endnu ingen funktioner: de er under udvikling."))
          .version("0.1.0")
          .apiVersions(PluginApi.VERSION)
          .build();

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }
}
