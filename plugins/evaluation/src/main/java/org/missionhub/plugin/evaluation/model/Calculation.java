package org.missionhub.plugin.evaluation.model;

/** How an indicator's period values make its current value, the one compared with the target. */
public enum Calculation {
  /** Cumulative: the sum of every period (people reached so far); targets are cumulative too. */
  SUM,
  /** The mean of the periods reported. */
  MEAN,
  /** The latest period reported (a rate, a level). */
  LATEST
}
