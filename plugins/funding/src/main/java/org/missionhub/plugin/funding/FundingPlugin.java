package org.missionhub.plugin.funding;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.MissionTab;
import org.missionhub.api.plugin.PermissionDefinition;
import org.missionhub.api.plugin.PluginApi;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.api.plugin.PluginDescriptor;
import org.missionhub.api.plugin.ResourceMount;
import org.missionhub.api.plugin.UiContribution;
import org.missionhub.plugin.funding.rest.FundingResource;
import org.missionhub.plugin.funding.service.Access;
import org.missionhub.plugin.funding.service.FundingService;
import org.missionhub.plugin.roadmap.api.PortfolioInitiatives;

/**
 * The Funding alignment plugin (issue 16): who funds what across a mission's organisations. This first part
 * holds the funding plan — the mission's currency and exchange rates, its funders (organisations of the
 * mission or outside bodies, typed by source), each initiative's need per year, and the money per funder and
 * initiative from pledge to spend — and the gap analysis per initiative of the roadmap. Budget calendars,
 * the funding mix, alerts and the IATI export are still to come.
 */
public class FundingPlugin implements MissionHubPlugin {

  public static final String ID = "funding";

  private static final PluginDescriptor DESCRIPTOR =
      PluginDescriptor.builder(ID)
          .name(LocalizedText.of("en", "Funding alignment", "fr", "Alignement des financements", "da", "Koordinering af finansiering"))
          .description(LocalizedText.of(
              "en", "Who funds what across the mission's organisations: funders and their sources, each initiative's need per year, money from pledge to commitment, disbursement and spending in exact amounts and their own currencies, and the gap per initiative in the mission's currency. Budget calendars, alerts and the IATI export are being built.",
              "fr", "Qui finance quoi parmi les organisations de la mission : bailleurs et sources, besoin annuel de chaque initiative, montants de la promesse à l’engagement, au versement et à la dépense, exacts et dans leur devise, et l’écart par initiative dans la devise de la mission. Calendriers budgétaires, alertes et export IATI en cours de développement.",
              "da", "Hvem finansierer hvad på tværs af missionens organisationer: bevillingsgivere og kilder, hvert initiativs årlige behov, beløb fra tilsagn til forpligtelse, udbetaling og forbrug, eksakte og i egen valuta, og finansieringsgabet pr. initiativ i missionens valuta. Budgetkalendere, varsler og IATI-eksport er under udvikling."))
          .version("0.2.0")
          .apiVersions(PluginApi.VERSION)
          // needs and money are per initiative of the roadmap, read through its exported service
          .requires("roadmap", "[0.4.0,1.0.0)")
          .build();

  private volatile Clock clock;
  private volatile PortfolioInitiatives roadmap;

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void start(PluginContext context) {
    this.clock = context.clock();
    this.roadmap = context.service(PortfolioInitiatives.class);
  }

  /** The clock, for the views' "today". */
  public Clock clock() {
    return clock;
  }

  /** The funding plan of a mission, for the plugin's resource and views. */
  public FundingService funding(MissionScope scope) {
    return new FundingService(scope, clock, roadmap);
  }

  @Override
  public Optional<String> migrations() {
    return Optional.of("db/migration/funding");
  }

  @Override
  public Optional<String> messages() {
    return Optional.of("org/missionhub/plugin/funding/messages");
  }

  /** Every funding table is the mission's, shared by its organisations (contract 1.3.0). */
  @Override
  public Set<String> missionSharedTables() {
    return Set.of("funding_settings", "funding_rate", "funding_funder", "funding_need", "funding_flow");
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        new PermissionDefinition(Access.MANAGE,
            LocalizedText.of("en", "Manage the funding plan: funders, needs, rates", "fr", "Gérer le plan de financement : bailleurs, besoins, taux",
                "da", "Styre finansieringsplanen: bevillingsgivere, behov, kurser"),
            Set.of(MissionRole.LEADER, MissionRole.COORDINATOR)),
        new PermissionDefinition(Access.RECORD,
            LocalizedText.of("en", "Record one's organisation's pledges, commitments and disbursements", "fr", "Enregistrer les promesses, engagements et versements de son organisation",
                "da", "Registrere sin organisations tilsagn, forpligtelser og udbetalinger"),
            Access.RECORDING_ROLES));
  }

  @Override
  public Optional<Object> missionResource(MissionScope scope) {
    return Optional.of(new FundingResource(scope, funding(scope)));
  }

  @Override
  public Map<ResourceMount, Class<?>> resourceClasses() {
    return Map.of(ResourceMount.MISSION, FundingResource.class);
  }

  @Override
  public List<UiContribution> ui() {
    return List.of(new MissionTab("funding", LocalizedText.of("en", "Funding", "fr", "Financement", "da", "Finansiering"), 40, null,
        "org.missionhub.plugin.funding.ui.FundingTab"));
  }

  /** The mission's funding data is the mission's, not one organisation's: nothing private to remove. */
  @Override
  public void onOrganisationDeleted(OrganisationId organisation) {}
}
