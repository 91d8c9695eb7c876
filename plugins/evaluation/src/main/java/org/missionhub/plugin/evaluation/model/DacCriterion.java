package org.missionhub.plugin.evaluation.model;

/** The OECD DAC evaluation criteria (2019) an evaluation question addresses. */
public enum DacCriterion {
  RELEVANCE,
  COHERENCE,
  EFFECTIVENESS,
  EFFICIENCY,
  IMPACT,
  SUSTAINABILITY
}
