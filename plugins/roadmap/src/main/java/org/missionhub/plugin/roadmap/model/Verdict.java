package org.missionhub.plugin.roadmap.model;

/** What a portfolio review decides for an initiative (the portfolio approach of UNDP's accelerator labs). */
public enum Verdict {
  CONTINUE,
  SCALE,
  PIVOT,
  STOP
}
