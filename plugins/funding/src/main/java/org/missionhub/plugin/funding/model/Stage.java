package org.missionhub.plugin.funding.model;

/**
 * How far money has come, as IATI counts it: pledged (an intention), committed (a firm obligation),
 * disbursed (paid out to the initiative), spent (by the initiative), each with its IATI transaction type.
 */
public enum Stage {
  PLEDGE("13"),
  COMMITMENT("11"),
  DISBURSEMENT("3"),
  EXPENDITURE("4");

  private final String iatiTransactionType;

  Stage(String iatiTransactionType) {
    this.iatiTransactionType = iatiTransactionType;
  }

  /** IATI {@code TransactionType}: 13 incoming pledge, 11 incoming commitment, 3 disbursement, 4 expenditure. */
  public String iatiTransactionType() {
    return iatiTransactionType;
  }
}
