package org.missionhub.plugin.funding.model;

import java.util.Objects;

/** What an initiative needs in one year (the funding plan's own estimate), in a currency. */
public record Need(String id, String missionId, String initiativeId, int year, Money money, long revision) {

  public Need {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(initiativeId, "initiativeId");
    Objects.requireNonNull(money, "money");
  }
}
