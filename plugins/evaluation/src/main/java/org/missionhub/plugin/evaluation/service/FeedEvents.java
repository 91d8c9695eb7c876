package org.missionhub.plugin.evaluation.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.plugin.evaluation.feed.FeedSource;
import org.missionhub.plugin.evaluation.feed.FeedSync;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.IndicatorFeed;
import org.missionhub.plugin.evaluation.store.ActualStore;
import org.missionhub.plugin.evaluation.store.FeedStore;
import org.missionhub.plugin.evaluation.store.IndicatorStore;

/**
 * A source's new figures, outside a request: when a mission survey's results are published, every indicator
 * of the mission fed from that instrument gets its values, written as the organisation that published them
 * (it takes part in the mission). Idempotent, as event listeners must be.
 */
public final class FeedEvents {

  private static final Logger LOG = Logger.getLogger(FeedEvents.class.getName());

  private final PluginDatabase database;
  private final Clock clock;
  private final FeedStore feeds = new FeedStore();
  private final IndicatorStore indicators = new IndicatorStore();
  private final ActualStore actuals = new ActualStore();

  public FeedEvents(PluginDatabase database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  public void published(FeedSource source, OrganisationId publisher, MissionId mission, String sourceCode) {
    write(source, publisher, mission, f -> f.source().equals(sourceCode));
  }

  /** Every indicator of the mission fed from the source gets its values again (the funding plan changed, say). */
  public void changed(FeedSource source, OrganisationId writer, MissionId mission) {
    write(source, writer, mission, f -> true);
  }

  private void write(FeedSource source, OrganisationId publisher, MissionId mission, java.util.function.Predicate<IndicatorFeed> which) {
    String missionId = mission.toString();
    String writer = publisher.toString();
    String sourceCode = source.kind().name();
    database.forOrganisation(publisher).inTransaction(c -> {
      List<IndicatorFeed> fed = feeds.all(c, missionId).stream().filter(f -> f.kind() == source.kind() && which.test(f)).toList();
      if (fed.isEmpty()) {
        return null;
      }
      List<Indicator> all = indicators.all(c, missionId);
      for (IndicatorFeed feed : fed) {
        Indicator indicator = all.stream().filter(i -> i.id().equals(feed.indicatorId())).findFirst().orElseThrow();
        FeedSync.Outcome outcome = new FeedSync().apply(c, writer, missionId, indicator, actuals.all(c, missionId), source.figures(publisher, mission, feed), OffsetDateTime.now(clock));
        LOG.info(() -> "Indicator " + indicator.code() + " of mission " + missionId + " fed from " + sourceCode + " " + feed.source() + ": " + outcome);
      }
      return null;
    });
  }
}
