package org.missionhub.plugin.funding.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where an initiative's money stands, in the mission's currency: what it needs against what is pledged,
 * committed, disbursed and spent; the gap is the need not yet committed (never below zero).
 */
public record Gap(String initiativeId, BigDecimal needed, BigDecimal pledged, BigDecimal committed, BigDecimal disbursed, BigDecimal spent) {

  public Gap {
    Objects.requireNonNull(initiativeId, "initiativeId");
  }

  public BigDecimal uncommitted() {
    return needed.subtract(committed).max(BigDecimal.ZERO);
  }

  /** Committed as a share of the need, 0-100 with one decimal; null without a need. */
  public BigDecimal committedShare() {
    return needed.signum() == 0 ? null : committed.multiply(BigDecimal.valueOf(100)).divide(needed, 1, java.math.RoundingMode.HALF_EVEN);
  }
}
