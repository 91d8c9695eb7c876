/**
 * What the roadmap plugin offers other plugins (its exported package): its events and the mission's
 * initiatives ({@link org.missionhub.plugin.roadmap.api.PortfolioInitiatives}). Depends on the platform's
 * contract only.
 */
package org.missionhub.plugin.roadmap.api;
