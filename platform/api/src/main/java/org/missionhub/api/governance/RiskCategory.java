package org.missionhub.api.governance;

/**
 * Risk categories. The first four are the risks and challenges mission practitioners named most often in
 * the OECD / Danish Design Centre survey.
 */
public enum RiskCategory {
  SILOS,
  LOSS_OF_MOMENTUM,
  LACK_OF_COMMITTED_SUPPORT,
  MISALIGNED_BUDGETS,
  GOVERNANCE,
  CAPACITY,
  OTHER
}
