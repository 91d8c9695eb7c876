package org.missionhub.plugin.funding.model;

import java.util.Objects;

/**
 * A funder of the mission: an organisation of the mission (its id) or a body outside MissionHub (by name
 * only), with the type of source its money is and the instrument it gives through.
 */
public record Funder(String id, String missionId, String name, String organisation, SourceType sourceType, Instrument instrument, long revision) {

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
