package org.missionhub.plugin.funding.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.plugin.evaluation.api.FigureProvider;
import org.missionhub.plugin.evaluation.api.IndicatorFigures;
import org.missionhub.plugin.evaluation.api.MissionResults;
import org.missionhub.plugin.funding.iati.EvaluationResults;
import org.missionhub.plugin.funding.iati.ResultsXml;
import org.missionhub.plugin.funding.model.Flow;
import org.missionhub.plugin.funding.model.FundingPlan;
import org.missionhub.plugin.funding.model.Stage;
import org.missionhub.plugin.funding.service.EvaluationLink;
import org.missionhub.plugin.funding.store.FundingStore;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;
import org.missionhub.plugin.roadmap.api.PortfolioInitiatives;

/**
 * The evaluation plugin's side of the funding plugin (issue 16), loaded only when its services are there: its
 * results go into the IATI file, and the funding plan's money to date feeds its indicators. The figures on offer
 * are, for the whole mission ({@code mission}) and each initiative with money, the amount pledged, committed,
 * disbursed and spent to date in the mission's currency: one figure per day money was recorded, the running total
 * (confidential amounts count, as in the totals everyone sees; an amount without a rate for its day does not).
 */
public final class EvaluationFeed implements EvaluationLink, FigureProvider {

  /** The whole mission, as a figure's source. */
  public static final String MISSION = "mission";

  private static final Logger LOG = Logger.getLogger(EvaluationFeed.class.getName());

  private final PluginContext context;
  private final PortfolioInitiatives roadmap;
  private final MissionResults results;
  private final IndicatorFigures figures;
  private final FundingStore store = new FundingStore();

  private EvaluationFeed(PluginContext context, PortfolioInitiatives roadmap, MissionResults results, IndicatorFigures figures) {
    this.context = context;
    this.roadmap = roadmap;
    this.results = results;
    this.figures = figures;
  }

  /** The link to the evaluation plugin, offering it the funding figures; none without it (or its classes, for a drop-in). */
  public static EvaluationLink of(PluginContext context, PortfolioInitiatives roadmap) {
    try {
      var results = context.optionalService(MissionResults.class);
      var figures = context.optionalService(IndicatorFigures.class);
      if (results.isEmpty() || figures.isEmpty()) {
        return EvaluationLink.NONE;
      }
      EvaluationFeed feed = new EvaluationFeed(context, roadmap, results.get(), figures.get());
      figures.get().offer(feed);
      return feed;
    } catch (NoClassDefFoundError absent) {
      return EvaluationLink.NONE;
    }
  }

  @Override
  public ResultsXml results(OrganisationId reader, MissionId mission) {
    return EvaluationResults.written(results.results(reader, mission));
  }

  @Override
  public void planChanged(OrganisationId writer, MissionId mission) {
    try {
      figures.changed(kind(), writer, mission);
    } catch (RuntimeException e) {
      // the money is recorded; an indicator that could not follow is brought up to date by "Update from the funding plan"
      LOG.log(Level.WARNING, "Indicators fed from the funding plan of mission " + mission + " were not updated", e);
    }
  }

  @Override
  public String kind() {
    return "FUNDING";
  }

  @Override
  public List<Offer> offers(MissionScope mission, Locale locale) {
    FundingPlan plan = mission.database().inTransaction(c -> store.plan(c, mission.missionId().toString()));
    String currency = plan.rates().missionCurrency().getCurrencyCode();
    Set<String> funded = new LinkedHashSet<>();
    plan.flows().forEach(f -> funded.add(f.initiativeId()));
    List<Offer> offers = new ArrayList<>();
    if (!funded.isEmpty()) {
      offers(offers, MISSION, context.text("funding.feed.mission").in(locale), currency, locale);
    }
    for (PortfolioInitiative initiative : roadmap.initiatives(mission)) {
      if (funded.contains(initiative.id())) {
        offers(offers, initiative.id(), initiative.title(), currency, locale);
      }
    }
    return offers;
  }

  private void offers(List<Offer> offers, String source, String what, String currency, Locale locale) {
    for (Stage stage : Stage.values()) {
      offers.add(new Offer(source, stage.name(), null, "AMOUNT", what + " · " + context.text("funding.feed." + stage.name(), currency).in(locale)));
    }
  }

  @Override
  public List<Figure> figures(OrganisationId reader, MissionId mission, String source, String question, String option) {
    FundingPlan plan = context.database().forOrganisation(reader).inTransaction(c -> store.plan(c, mission.toString()));
    return running(plan, source, Stage.valueOf(question), mission);
  }

  /** The running total of a stage's money, one figure per day money was recorded. */
  static List<Figure> running(FundingPlan plan, String source, Stage stage, MissionId mission) {
    String what = "Funding plan: " + stage.name().toLowerCase(Locale.ROOT) + " to date, " + plan.rates().missionCurrency().getCurrencyCode()
        + (MISSION.equals(source) ? "" : " (initiative " + source + ")");
    List<Figure> running = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    LocalDate day = null;
    for (Flow flow : plan.flows().stream().sorted(java.util.Comparator.comparing(Flow::date)).toList()) {
      if (flow.stage() != stage || !(MISSION.equals(source) || flow.initiativeId().equals(source))) {
        continue;
      }
      var converted = plan.rates().convert(flow.money(), flow.date());
      if (converted.isEmpty()) {
        continue;
      }
      if (day != null && !day.equals(flow.date())) {
        running.add(figure(day, plan, total, what, mission));
      }
      total = total.add(converted.get());
      day = flow.date();
    }
    if (day != null) {
      running.add(figure(day, plan, total, what, mission));
    }
    return running;
  }

  private static Figure figure(LocalDate day, FundingPlan plan, BigDecimal total, String what, MissionId mission) {
    return new Figure(day, plan.rates().rounded(total), what, "funding:" + mission, "Funding plan");
  }
}
