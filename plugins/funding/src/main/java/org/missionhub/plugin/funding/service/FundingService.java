package org.missionhub.plugin.funding.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.funding.iati.IatiActivities;
import org.missionhub.plugin.funding.iati.IatiProblem;
import org.missionhub.plugin.funding.model.Alerts;
import org.missionhub.plugin.funding.model.BudgetCalendar;
import org.missionhub.plugin.funding.model.Coverage;
import org.missionhub.plugin.funding.model.Flow;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.model.FundingPlan;
import org.missionhub.plugin.funding.model.Gap;
import org.missionhub.plugin.funding.model.Instrument;
import org.missionhub.plugin.funding.model.Money;
import org.missionhub.plugin.funding.model.Need;
import org.missionhub.plugin.funding.model.Rates;
import org.missionhub.plugin.funding.model.SourceType;
import org.missionhub.plugin.funding.service.Forms.FlowForm;
import org.missionhub.plugin.funding.service.Forms.FunderForm;
import org.missionhub.plugin.funding.service.Forms.NeedForm;
import org.missionhub.plugin.funding.service.Forms.RatesForm;
import org.missionhub.plugin.funding.store.FundingStore;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;
import org.missionhub.plugin.roadmap.api.PortfolioInitiatives;

/**
 * A mission's funding plan: its currency and rates, funders, needs and flows, and the gap analysis per
 * initiative of the roadmap. Every change is checked whole before anything is written, audited, and names
 * the revision it read.
 */
public final class FundingService {

  /**
   * The plan as the mission sees it: the roadmap's initiatives with their gaps, what cannot be converted, the
   * budget cycles that do not fit the needs, and the funders' coming budget days ("when must we ask").
   */
  public record View(FundingPlan plan, List<PortfolioInitiative> initiatives, List<Gap> gaps, List<String> unconverted, List<Alerts.Alert> alerts,
      List<Alerts.Deadline> deadlines, List<Coverage.Year> years, java.util.Set<String> hidden) {

    /** Whether the caller sees the flow's amount (a confidential one only its organisation and the leaders see); totals count it all the same. */
    public boolean shows(Flow flow) {
      return !hidden.contains(flow.id());
    }

    /** Whether the caller sees an alert's amount: not when it is what is left of a confidential commitment. */
    public boolean shows(Alerts.Alert alert) {
      return alert.kind() != Alerts.Kind.COMMITMENT_EXPIRES || plan.flows().stream().noneMatch(f -> hidden.contains(f.id())
          && f.funderId().equals(alert.funderId()) && f.initiativeId().equals(alert.initiativeId()));
    }
  }

  /** How far ahead "when must we ask" looks, in months. */
  public static final int DEADLINE_MONTHS = 18;

  private final MissionScope scope;
  private final Clock clock;
  private final PortfolioInitiatives roadmap;
  private final Access access;
  private final FundingStore store = new FundingStore();
  private final EvaluationLink evaluation;

  public FundingService(MissionScope scope, Clock clock, PortfolioInitiatives roadmap) {
    this(scope, clock, roadmap, EvaluationLink.NONE);
  }

  /** With the evaluation plugin when it is there: its results in the IATI file, its indicators fed from the plan. */
  public FundingService(MissionScope scope, Clock clock, PortfolioInitiatives roadmap, EvaluationLink evaluation) {
    this.scope = scope;
    this.clock = clock;
    this.roadmap = roadmap;
    this.access = new Access(scope);
    this.evaluation = java.util.Objects.requireNonNull(evaluation, "evaluation");
  }

  public Access access() {
    return access;
  }

  public View view() {
    FundingPlan plan = scope.database().inTransaction(c -> store.plan(c, mission()));
    List<PortfolioInitiative> initiatives = roadmap.initiatives(scope);
    List<String> ids = initiatives.stream().map(PortfolioInitiative::id).toList();
    Alerts alerts = new Alerts(plan, ids, LocalDate.now(clock));
    java.util.Set<String> hidden = new java.util.HashSet<>();
    plan.flows().stream().filter(f -> !access.sees(f, plan.funder(f.funderId()).orElseThrow())).forEach(f -> hidden.add(f.id()));
    return new View(plan, initiatives, plan.gaps(ids), plan.unconverted(), alerts.alerts(), alerts.deadlines(DEADLINE_MONTHS), alerts.years(),
        java.util.Set.copyOf(hidden));
  }

  /**
   * The mission's funding as an IATI 2.03 activity file, reported by its lead: refused (409) with every item
   * that has no IATI value named (the lead's identifier, an initiative's start), never an invalid file.
   */
  public IatiActivities iati() {
    IatiActivities export = iati(view());
    List<IatiProblem> problems = export.problems();
    if (!problems.isEmpty()) {
      throw PluginProblem.conflict("The IATI file cannot be written yet: " + problems.stream().map(IatiProblem::english).collect(java.util.stream.Collectors.joining("; ")) + ".");
    }
    return export;
  }

  /** The IATI file of a view of the plan, unchecked: ask it for its problems before writing it. */
  public IatiActivities iati(View view) {
    return new IatiActivities(new IatiActivities.Mission(scope.mission(), scope.targetStatement().orElse(null), scope.organisations()),
        view.plan(), view.initiatives(), evaluation.results(scope.organisationId(), scope.missionId()), now());
  }

  /** The slugs of the mission's organisations by id, for the exports. */
  public java.util.function.Function<String, String> slugs() {
    Map<String, String> slugs = new java.util.HashMap<>();
    scope.organisations().forEach(o -> slugs.put(o.organisation().id().toString(), o.organisation().slug()));
    return slugs::get;
  }

  /** The name files of the mission's funding start with, and the day's date: {@code funding-1a2b3c4d-2026-12-06}. */
  public String fileName() {
    return "funding-" + mission().substring(0, 8) + "-" + now().toLocalDate();
  }

  public OffsetDateTime exportedAt() {
    return now();
  }

  public Funder funder(String id) {
    return scope.database().inTransaction(c -> store.plan(c, mission())).funder(id).orElseThrow(() -> PluginProblem.notFound("Funder"));
  }

  /** A flow of the plan, and whether the caller sees its amount (a confidential one only its organisation and the leaders see). */
  public record SeenFlow(Flow flow, boolean shown) {}

  public SeenFlow flow(String id) {
    FundingPlan plan = scope.database().inTransaction(c -> store.plan(c, mission()));
    Flow flow = plan.flows().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> PluginProblem.notFound("Flow"));
    return new SeenFlow(flow, access.sees(flow, plan.funder(flow.funderId()).orElseThrow()));
  }

  /** A flow's title for its discussion: the funder and the date, never the amount; empty when the mission has no such flow. */
  public Optional<String> findFlow(String id) {
    FundingPlan plan = scope.database().inTransaction(c -> store.plan(c, mission()));
    return plan.flows().stream().filter(f -> f.id().equals(id)).findFirst()
        .map(f -> plan.funder(f.funderId()).map(Funder::name).orElse("") + " · " + f.date());
  }

  /** The mission's currency and its rates, replaced whole. */
  public Rates putRates(RatesForm form) {
    access.requireManage();
    RatesForm given = form == null ? new RatesForm(null, null) : form;
    Fields f = new Fields();
    Currency currency = f.currency("currency", given.currency());
    List<Rates.Rate> rates = new ArrayList<>();
    List<Forms.RateForm> forms = given.rates() == null ? List.of() : given.rates();
    for (int i = 0; i < forms.size(); i++) {
      Forms.RateForm r = forms.get(i) == null ? new Forms.RateForm(null, null, null) : forms.get(i);
      String at = "rates[" + i + "].";
      Currency from = f.currency(at + "currency", r.currency());
      LocalDate day = f.date(at + "from", r.from(), true);
      BigDecimal rate = f.decimal(at + "rate", r.rate(), true, 12, 10, false);
      if (rate != null && rate.signum() == 0) {
        f.problem(at + "rate", "must be more than 0");
      } else if (from != null && from.equals(currency)) {
        f.problem(at + "currency", "is the mission's own currency");
      } else if (from != null && day != null && rate != null) {
        if (rates.stream().anyMatch(x -> x.currency().equals(from) && x.from().equals(day))) {
          f.problem(at + "from", "has a rate of " + from.getCurrencyCode() + " already");
        }
        rates.add(new Rates.Rate(from, day, rate));
      }
    }
    f.check();
    Rates next = new Rates(currency, rates);
    scope.database().inTransaction(c -> {
      store.putRates(c, writer(), mission(), next, now());
      scope.audit(AuditRecord.updated("funding-rates", mission(), Map.of(), Map.of("currency", currency.getCurrencyCode(), "rates", Integer.toString(rates.size()))));
      return null;
    });
    changed();
    return next;
  }

  /** Adds the rates of a CSV file ({@code currency, from, rate}) to the mission's: all or none, problems by row and column. */
  public Rates importRates(org.missionhub.plugin.support.imports.CsvSheet sheet) {
    access.requireManage();
    Rates current = scope.database().inTransaction(c -> store.plan(c, mission())).rates();
    return putRates(new RatesForm(current.missionCurrency().getCurrencyCode(), RateImport.merged(current, sheet)));
  }

  /**
   * Imports one activity of another publisher's IATI file as funding of an initiative (see {@link IatiImport}):
   * a dry run reports what would be added; the import writes all of it or nothing (400 naming every problem).
   */
  public IatiImportReport importIati(java.io.InputStream xml, String activity, String initiative, String sourceType, boolean dryRun) {
    access.requireManage();
    SourceType type = null;
    if (sourceType != null && !sourceType.isBlank()) {
      Fields f = new Fields();
      type = f.choice("sourceType", sourceType, SourceType.class, null);
      f.check();
    }
    org.missionhub.plugin.funding.iati.IatiFile file = org.missionhub.plugin.funding.iati.IatiFile.read(xml);
    List<PortfolioInitiative> initiatives = roadmap.initiatives(scope);
    SourceType chosen = type;
    IatiImportReport imported = scope.database().inTransaction(c -> {
      FundingPlan plan = store.plan(c, mission());
      IatiImport.Result result = IatiImport.plan(file, activity, plan, initiatives, initiative, chosen, scope.organisations(), mission(), writer());
      IatiImportReport report = report(file, result, dryRun);
      if (dryRun) {
        return report;
      }
      if (!result.problems().isEmpty()) {
        throw PluginProblem.invalid(result.problems());
      }
      if (result.newFunder()) {
        store.insert(c, writer(), result.funder(), now());
        scope.audit(AuditRecord.created("funding-funder", result.funder().id(), Map.of("name", result.funder().name(), "sourceType", result.funder().sourceType().name(),
            "from", "IATI " + result.activity().identifier())));
      }
      for (IatiImport.Planned planned : result.added()) {
        store.insert(c, writer(), planned.flow(), now());
        scope.audit(AuditRecord.created("funding-flow", planned.flow().id(), state(planned.flow(), result.funder())));
      }
      return report;
    });
    if (!dryRun) {
      changed();
    }
    return imported;
  }

  private static IatiImportReport report(org.missionhub.plugin.funding.iati.IatiFile file, IatiImport.Result r, boolean dryRun) {
    Funder funder = r.funder();
    return new IatiImportReport(dryRun, r.activity() == null ? null : r.activity().identifier(), r.activity() == null ? null : r.activity().title(),
        funder == null ? null : funder.id(), funder == null ? null : funder.name(), r.newFunder(), funder == null ? null : funder.sourceType().name(),
        r.added().stream().map(p -> new IatiImportReport.Line(p.line(), p.flow().stage().name(), p.flow().date().toString(),
            p.flow().money().amount().setScale(Math.max(0, p.flow().money().currency().getDefaultFractionDigits())).toPlainString(), p.flow().money().code())).toList(),
        r.unchanged(), r.skipped().stream().map(s -> new IatiImportReport.Skip(s.line(), s.type(), s.reason())).toList(),
        r.problems().stream().map(p -> new IatiImportReport.Problem(p.field(), p.message())).toList(),
        file.activities().stream().map(org.missionhub.plugin.funding.iati.IatiFile.Activity::identifier).toList());
  }

  public Funder addFunder(FunderForm form) {
    access.requireManage();
    Funder funder = funder(UUID.randomUUID().toString(), form, 1);
    return scope.database().inTransaction(c -> {
      requireUniqueName(store.plan(c, mission()), funder);
      store.insert(c, writer(), funder, now());
      scope.audit(AuditRecord.created("funding-funder", funder.id(), Map.of("name", funder.name(), "sourceType", funder.sourceType().name())));
      return funder;
    });
  }

  public Funder updateFunder(String id, long revision, FunderForm form) {
    access.requireManage();
    return scope.database().inTransaction(c -> {
      FundingPlan plan = store.plan(c, mission());
      Funder before = plan.funder(id).orElseThrow(() -> PluginProblem.notFound("Funder"));
      Funder after = funder(id, form, revision + 1);
      requireUniqueName(plan, after);
      if (!store.update(c, writer(), after, revision, now())) {
        throw PluginProblem.stale("The funder");
      }
      scope.audit(AuditRecord.updated("funding-funder", id, Map.of("name", before.name()), Map.of("name", after.name())));
      return after;
    });
  }

  /** Removes a funder and its flows. */
  public void deleteFunder(String id, long revision) {
    access.requireManage();
    scope.database().inTransaction(c -> {
      Funder before = store.plan(c, mission()).funder(id).orElseThrow(() -> PluginProblem.notFound("Funder"));
      if (!store.deleteFunder(c, mission(), id, revision)) {
        throw PluginProblem.stale("The funder");
      }
      scope.audit(AuditRecord.deleted("funding-funder", id, Map.of("name", before.name())));
      return null;
    });
  }

  /** An initiative's need for a year, replacing the one it had. */
  public Need putNeed(NeedForm form) {
    access.requireManage();
    NeedForm given = form == null ? new NeedForm(null, null, null, null) : form;
    Fields f = new Fields();
    List<PortfolioInitiative> initiatives = roadmap.initiatives(scope);
    if (given.initiative() == null || initiatives.stream().noneMatch(i -> i.id().equals(given.initiative()))) {
      f.problem("initiative", given.initiative() == null ? "is required: an initiative of the mission's roadmap" : "is not an initiative of this mission's roadmap");
    }
    if (given.year() == null || given.year() < 2000 || given.year() > 2100) {
      f.problem("year", "must be a year from 2000 to 2100");
    }
    Money money = f.money("amount", given.amount(), f.currency("currency", given.currency()));
    f.check();
    return scope.database().inTransaction(c -> {
      FundingPlan plan = store.plan(c, mission());
      if (plan.rates().convert(money, LocalDate.of(given.year(), 1, 1)).isEmpty()) {
        throw PluginProblem.invalid("currency", "has no rate into " + plan.rates().missionCurrency().getCurrencyCode() + " on " + given.year() + "-01-01: add one to the mission's rates first");
      }
      long revision = plan.needs().stream().filter(n -> n.initiativeId().equals(given.initiative()) && n.year() == given.year()).mapToLong(Need::revision).max().orElse(0) + 1;
      Need need = new Need(UUID.randomUUID().toString(), mission(), given.initiative(), given.year(), money, revision);
      store.put(c, writer(), need, now());
      scope.audit(AuditRecord.updated("funding-need", need.id(), Map.of(), Map.of("initiative", need.initiativeId(), "year", Integer.toString(need.year()),
          "amount", money.amount().toPlainString() + " " + money.code())));
      return need;
    });
  }

  public void deleteNeed(String id) {
    access.requireManage();
    scope.database().inTransaction(c -> {
      if (!store.deleteNeed(c, mission(), id)) {
        throw PluginProblem.notFound("Need");
      }
      scope.audit(AuditRecord.deleted("funding-need", id, Map.of()));
      return null;
    });
  }

  public Flow addFlow(FlowForm form) {
    access.requireRecordAny();
    Flow added = scope.database().inTransaction(c -> {
      FundingPlan plan = store.plan(c, mission());
      Flow flow = FlowRules.read(plan, roadmap.initiatives(scope), UUID.randomUUID().toString(), form, writer(), 1);
      access.requireRecord(plan.funder(flow.funderId()).orElseThrow());
      store.insert(c, writer(), flow, now());
      scope.audit(AuditRecord.created("funding-flow", flow.id(), state(plan, flow)));
      return flow;
    });
    changed();
    return added;
  }

  public Flow updateFlow(String id, long revision, FlowForm form) {
    access.requireRecordAny();
    Flow updated = scope.database().inTransaction(c -> {
      FundingPlan plan = store.plan(c, mission());
      Flow before = plan.flows().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> PluginProblem.notFound("Flow"));
      requireChange(plan, before);
      Flow after = FlowRules.read(plan, roadmap.initiatives(scope), id, form, writer(), revision + 1);
      access.requireRecord(plan.funder(after.funderId()).orElseThrow());
      if (!store.update(c, writer(), after, revision, now())) {
        throw PluginProblem.stale("The flow");
      }
      scope.audit(AuditRecord.updated("funding-flow", id, state(plan, before), state(plan, after)));
      return after;
    });
    changed();
    return updated;
  }

  public void deleteFlow(String id, long revision) {
    scope.database().inTransaction(c -> {
      FundingPlan plan = store.plan(c, mission());
      Flow before = plan.flows().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> PluginProblem.notFound("Flow"));
      requireChange(plan, before);
      if (!store.deleteFlow(c, mission(), id, revision)) {
        throw PluginProblem.stale("The flow");
      }
      scope.audit(AuditRecord.deleted("funding-flow", id, state(plan, before)));
      return null;
    });
    changed();
  }

  /** Money or rates changed: indicators fed from the plan follow (the evaluation plugin's, when it is there). */
  private void changed() {
    evaluation.planChanged(scope.organisationId(), scope.missionId());
  }

  /** Money is changed by who may record it, and a confidential amount only by who sees it. */
  private void requireChange(FundingPlan plan, Flow flow) {
    Funder funder = plan.funder(flow.funderId()).orElseThrow();
    access.requireRecord(funder);
    if (!access.sees(flow, funder)) {
      throw PluginProblem.forbidden("This amount is confidential: only the mission's leaders and its organisation see and change it");
    }
  }

  private Funder funder(String id, FunderForm form, long revision) {
    FunderForm given = form == null ? new FunderForm(null, null, null, null, null) : form;
    Fields f = new Fields();
    String organisation = null;
    int memberFiscalYear = 1;
    String name = given.name();
    if (given.organisation() != null && !given.organisation().isBlank()) {
      var member = scope.organisations().stream().filter(MissionOrganisation::comanages).map(MissionOrganisation::organisation)
          .filter(o -> o.slug().equals(given.organisation().strip())).findFirst();
      if (member.isEmpty()) {
        f.problem("organisation", "must be the lead or a partner of the mission (or left out for a funder outside MissionHub)");
      } else {
        organisation = member.get().id().toString();
        memberFiscalYear = member.get().fiscalYearStart();
        name = name == null || name.isBlank() ? member.get().name() : name;
      }
    }
    name = f.text("name", name, 200, true);
    SourceType type = f.choice("sourceType", given.sourceType(), SourceType.class, null);
    Instrument instrument = f.choice("instrument", given.instrument(), Instrument.class, Instrument.GRANT);
    BudgetCalendar calendar = calendar(f, given.calendar(), memberFiscalYear);
    f.check();
    return new Funder(id, mission(), name, organisation, type, instrument, revision, calendar);
  }

  /** The budget cycle of a funder, or none when the form gives none; a member's fiscal year by default. */
  private static BudgetCalendar calendar(Fields f, Forms.CalendarForm form, int memberFiscalYear) {
    if (form == null || (blank(form.closes()) && blank(form.opens()) && blank(form.approval()) && form.fiscalYearStart() == null && form.yearsCovered() == null)) {
      return null;
    }
    int start = form.fiscalYearStart() == null ? memberFiscalYear : form.fiscalYearStart();
    if (start < 1 || start > 12) {
      f.problem("calendar.fiscalYearStart", "must be a month from 1 (January) to 12 (December)");
    }
    java.time.MonthDay opens = f.monthDay("calendar.opens", form.opens(), false);
    java.time.MonthDay closes = f.monthDay("calendar.closes", form.closes(), true);
    java.time.MonthDay approval = f.monthDay("calendar.approval", form.approval(), false);
    int years = form.yearsCovered() == null ? 1 : form.yearsCovered();
    if (years < 1 || years > 10) {
      f.problem("calendar.yearsCovered", "must be from 1 (a yearly budget) to 10 fiscal years");
    }
    if (opens != null && opens.equals(closes)) {
      f.problem("calendar.opens", "must not be the day the round closes");
    }
    return closes == null || start < 1 || start > 12 || years < 1 || years > 10 ? null : new BudgetCalendar(start, opens, closes, approval, years);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static void requireUniqueName(FundingPlan plan, Funder funder) {
    if (plan.funders().stream().anyMatch(o -> !o.id().equals(funder.id()) && o.name().equalsIgnoreCase(funder.name()))) {
      throw PluginProblem.invalid("name", "is the name of another funder of this mission");
    }
  }

  private static Map<String, String> state(Flow f, Funder funder) {
    return Map.of("funder", funder.name(), "initiative", f.initiativeId(), "stage", f.stage().name(), "date", f.date().toString(),
        "amount", f.money().amount().toPlainString() + " " + f.money().code());
  }

  private static Map<String, String> state(FundingPlan plan, Flow f) {
    // the audit log is read by every organisation's administrators: a confidential amount is not written there
    return Map.of("funder", plan.funder(f.funderId()).map(Funder::name).orElse(f.funderId()), "initiative", f.initiativeId(), "stage", f.stage().name(),
        "date", f.date().toString(), "amount", f.confidential() ? "confidential" : f.money().amount().toPlainString() + " " + f.money().code());
  }

  private String mission() {
    return scope.missionId().toString();
  }

  private String writer() {
    return scope.organisationId().toString();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
