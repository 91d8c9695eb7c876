package org.missionhub.api.plugin;

/** Whose view a feed publishes (contract 1.4.0). */
public enum FeedLevel {
  /** One mission, as the subscribing person sees it: {@link MissionHubPlugin#missionFeed}. */
  MISSION,
  /** The subscribing person's own work across the organisation's missions: {@link MissionHubPlugin#personFeed}. */
  PERSON
}
