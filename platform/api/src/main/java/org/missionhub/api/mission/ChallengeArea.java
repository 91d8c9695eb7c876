package org.missionhub.api.mission;

/** The societal challenge field a mission addresses. */
public enum ChallengeArea {
  CLIMATE_ENVIRONMENT,
  HEALTH_WELLBEING,
  SOCIAL_INCLUSION,
  DIGITAL,
  CIRCULAR_ECONOMY,
  MOBILITY,
  FOOD_SYSTEMS,
  EDUCATION,
  OTHER
}
