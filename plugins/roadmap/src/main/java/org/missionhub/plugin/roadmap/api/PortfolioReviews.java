package org.missionhub.plugin.roadmap.api;

import org.missionhub.api.plugin.MissionScope;

/**
 * The roadmap plugin's exported service for its portfolio reviews (since 0.4.0): when the mission's last review
 * was held and the next is due, for a plugin that prepares what a review should hear (the evaluation plugin's
 * "learning forward"). Read through the requiring plugin's mission scope.
 */
public interface PortfolioReviews {

  ReviewCalendar calendar(MissionScope mission);
}
