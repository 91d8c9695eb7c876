package org.missionhub.plugin.funding.service;

import java.util.List;

/** What the funding plan's forms and API bodies carry: amounts and rates as decimal text, dates as ISO dates. */
public final class Forms {

  private Forms() {}

  /** The mission's currency (ISO 4217) and its rates into it. */
  public record RatesForm(String currency, List<RateForm> rates) {}

  /** One unit of {@code currency} is {@code rate} units of the mission's currency from {@code from} on. */
  public record RateForm(String currency, String from, String rate) {}

  /**
   * A funder: {@code organisation} the slug of an organisation of the mission, or empty for an outside body
   * named {@code name}; its budget cycle when known.
   */
  public record FunderForm(String name, String organisation, String sourceType, String instrument, CalendarForm calendar) {}

  /**
   * A funder's budget cycle: the month its fiscal year starts in (1-12; a member's own by default), the days
   * its budget round opens and closes and its budget is approved (month-day: {@code --05-31} or {@code 05-31}),
   * and how many fiscal years an appropriation covers (1 unless said). Without a closing day there is none.
   */
  public record CalendarForm(Integer fiscalYearStart, String opens, String closes, String approval, Integer yearsCovered) {}

  /** An initiative's need for a year. */
  public record NeedForm(String initiative, Integer year, String amount, String currency) {}

  /** A pledge, commitment, disbursement or expenditure of a funder for an initiative. */
  public record FlowForm(String funder, String initiative, String stage, String date, String amount, String currency, Boolean conditional, String expires, String note,
      Boolean confidential) {}
}
