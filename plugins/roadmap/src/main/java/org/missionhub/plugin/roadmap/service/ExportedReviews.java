package org.missionhub.plugin.roadmap.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.roadmap.api.PortfolioReviews;
import org.missionhub.plugin.roadmap.api.ReviewCalendar;
import org.missionhub.plugin.roadmap.model.Review;
import org.missionhub.plugin.roadmap.store.ReviewStore;

/** The roadmap's exported review calendar, by the same rule as the Roadmap tab's "next review due". */
public final class ExportedReviews implements PortfolioReviews {

  private final Clock clock;
  private final ReviewStore store = new ReviewStore();

  public ExportedReviews(Clock clock) {
    this.clock = clock;
  }

  @Override
  public ReviewCalendar calendar(MissionScope mission) {
    return mission.database().inTransaction(c -> {
      String missionId = mission.missionId().toString();
      List<Review> reviews = store.reviews(c, missionId);
      Optional<LocalDate> last = reviews.stream().findFirst().map(Review::heldOn);
      Optional<LocalDate> next = store.cadence(c, missionId).map(months -> last.map(held -> held.plusMonths(months)).orElse(LocalDate.now(clock)));
      return new ReviewCalendar(last, next);
    });
  }
}
