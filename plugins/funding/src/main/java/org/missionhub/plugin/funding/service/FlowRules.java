package org.missionhub.plugin.funding.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.funding.model.Flow;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.model.FundingPlan;
import org.missionhub.plugin.funding.model.Money;
import org.missionhub.plugin.funding.model.Stage;
import org.missionhub.plugin.funding.service.Forms.FlowForm;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;

/**
 * The rules of a flow, every problem named by its field: a funder and an initiative of the mission, a stage,
 * a date, a positive amount in a known currency with a rate into the mission's currency on that date, a
 * condition or expiry only on a commitment (expiring after it is made), nothing after the initiative ends and
 * no spending before it starts (its roadmap dates, when known), and never more disbursed by a funder to an
 * initiative than it committed to it.
 */
final class FlowRules {

  private FlowRules() {}

  static Flow read(FundingPlan plan, List<PortfolioInitiative> initiatives, String id, FlowForm form, String writer, long revision) {
    FlowForm given = form == null ? new FlowForm(null, null, null, null, null, null, null, null, null, null) : form;
    Fields f = new Fields();
    Funder funder = given.funder() == null ? null : plan.funder(given.funder()).orElse(null);
    if (funder == null) {
      f.problem("funder", given.funder() == null ? "is required: a funder of the mission" : "is not a funder of this mission");
    }
    String initiative = given.initiative();
    PortfolioInitiative of = initiative == null ? null : initiatives.stream().filter(i -> i.id().equals(initiative)).findFirst().orElse(null);
    if (of == null) {
      f.problem("initiative", initiative == null ? "is required: an initiative of the mission's roadmap" : "is not an initiative of this mission's roadmap");
    }
    Stage stage = f.choice("stage", given.stage(), Stage.class, null);
    LocalDate date = f.date("date", given.date(), true);
    if (of != null && date != null && stage != null) {
      // money is promised before an initiative starts, but none comes after it ends, and it spends only while it runs
      if (of.end() != null && date.isAfter(of.end())) {
        f.problem("date", "is after the initiative ends (" + of.end() + ")");
      } else if (stage == Stage.EXPENDITURE && of.start() != null && date.isBefore(of.start())) {
        f.problem("date", "is before the initiative starts (" + of.start() + "): it spends only while it runs");
      }
    }
    Currency currency = f.currency("currency", given.currency());
    Money money = f.money("amount", given.amount(), currency);
    boolean conditional = Boolean.TRUE.equals(given.conditional());
    LocalDate expires = f.date("expires", given.expires(), false);
    if (stage != null && stage != Stage.COMMITMENT && conditional) {
      f.problem("conditional", "only a commitment is conditional");
    }
    if (stage != null && stage != Stage.COMMITMENT && expires != null) {
      f.problem("expires", "only a commitment expires");
    }
    if (expires != null && date != null && !expires.isAfter(date)) {
      f.problem("expires", "must be after the date it was made, " + date);
    }
    String note = f.text("note", given.note(), 1000, false);
    if (money != null && date != null && plan.rates().convert(money, date).isEmpty()) {
      f.problem("currency", "has no rate into " + plan.rates().missionCurrency().getCurrencyCode() + " on " + date + ": add one to the mission's rates first");
    }
    f.check();
    Flow flow = new Flow(id, funder.missionId(), funder.id(), initiative, stage, date, money, conditional, expires, note, writer, revision,
        Boolean.TRUE.equals(given.confidential()));
    requireCommitted(plan, flow, funder);
    return flow;
  }

  /** Disbursed to an initiative never exceeds what the funder committed to it (in the mission's currency). */
  private static void requireCommitted(FundingPlan plan, Flow flow, Funder funder) {
    if (flow.stage() != Stage.DISBURSEMENT) {
      return;
    }
    List<Flow> flows = new ArrayList<>(plan.flows().stream().filter(f -> !f.id().equals(flow.id())).toList());
    flows.add(flow);
    BigDecimal committed = total(plan, flows, flow, Stage.COMMITMENT);
    BigDecimal disbursed = total(plan, flows, flow, Stage.DISBURSEMENT);
    if (disbursed.compareTo(committed) > 0) {
      String currency = plan.rates().missionCurrency().getCurrencyCode();
      throw PluginProblem.invalid("amount", "would bring what " + funder.name() + " disbursed to this initiative to " + plan.rates().rounded(disbursed).toPlainString() + " "
          + currency + ", above its commitments of " + plan.rates().rounded(committed).toPlainString() + " " + currency + ": record the commitment first");
    }
  }

  private static BigDecimal total(FundingPlan plan, List<Flow> flows, Flow like, Stage stage) {
    return flows.stream()
        .filter(f -> f.stage() == stage && f.funderId().equals(like.funderId()) && f.initiativeId().equals(like.initiativeId()))
        .map(f -> plan.rates().convert(f.money(), f.date()).orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
