package org.missionhub.plugin.funding.model;

/**
 * How far money has come, as IATI counts it: pledged (an intention), committed (a firm obligation),
 * disbursed (paid out to the initiative), spent (by the initiative), each with its IATI transaction type as
 * the initiative's activity reports it: a funder's pledge, commitment and disbursement are money coming in.
 */
public enum Stage {
  PLEDGE("13"),
  COMMITMENT("11"),
  DISBURSEMENT("1"),
  EXPENDITURE("4");

  private final String iatiTransactionType;

  Stage(String iatiTransactionType) {
    this.iatiTransactionType = iatiTransactionType;
  }

  /** IATI {@code TransactionType}: 13 incoming pledge, 11 incoming commitment, 1 incoming funds, 4 expenditure. */
  public String iatiTransactionType() {
    return iatiTransactionType;
  }
}
