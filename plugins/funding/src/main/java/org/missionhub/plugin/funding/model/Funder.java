package org.missionhub.plugin.funding.model;

import java.util.Objects;

/**
 * A funder of the mission: an organisation of the mission (its id) or a body outside MissionHub (by name
 * only), with the type of source its money is, the instrument it gives through, and its budget cycle when
 * known ({@code calendar}, null otherwise).
 */
public record Funder(String id, String missionId, String name, String organisation, SourceType sourceType, Instrument instrument, long revision, BudgetCalendar calendar) {

  /** A funder whose budget cycle is not known. */
  public Funder(String id, String missionId, String name, String organisation, SourceType sourceType, Instrument instrument, long revision) {
    this(id, missionId, name, organisation, sourceType, instrument, revision, null);
  }

  public Funder {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sourceType, "sourceType");
    Objects.requireNonNull(instrument, "instrument");
  }

  /** An organisation of the mission funds, rather than an outside body. */
  public boolean isMember() {
    return organisation != null;
  }
}
