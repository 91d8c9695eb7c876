package org.missionhub.plugin.funding.model;

/** How a funder gives: the instrument of its money (or of what stands for money). */
public enum Instrument {
  GRANT,
  LOAN,
  EQUITY,
  PROCUREMENT,
  IN_KIND,
  STAFF_TIME
}
