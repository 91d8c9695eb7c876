/**
 * What the roadmap plugin offers other plugins (its exported package): its events. Depends on the platform's
 * contract only.
 */
package org.missionhub.plugin.roadmap.api;
