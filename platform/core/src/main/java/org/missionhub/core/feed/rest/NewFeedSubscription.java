package org.missionhub.core.feed.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription asked for: a plugin's feed, and the mission for a mission's feed. */
public record NewFeedSubscription(
    @Schema(description = "The plugin's id", example = "roadmap") String plugin,
    @Schema(description = "The feed's id within the plugin", example = "milestones") String feed,
    @Schema(description = "The mission, for a mission's feed; absent for a feed of your own work") String missionId) {}
