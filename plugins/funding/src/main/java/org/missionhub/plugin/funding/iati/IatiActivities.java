package org.missionhub.plugin.funding.iati;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.plugin.funding.model.Flow;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.model.FundingPlan;
import org.missionhub.plugin.funding.model.Money;
import org.missionhub.plugin.funding.model.Need;
import org.missionhub.plugin.funding.model.Stage;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;

/**
 * A mission's funding as an IATI 2.03 activity file, reported by its lead organisation: the mission is the
 * parent activity and each initiative with a need or money its child ({@code related-activity}); the
 * participating organisations with their IATI roles; each need a budget; what is committed and not yet
 * disbursed a planned disbursement; each flow a transaction. {@link #problems()} names everything that has no
 * IATI code or value, so that a file is written only when it is valid; then {@link #write} streams it.
 */
public final class IatiActivities {

  /** What the export knows of the mission: its facts, the text that describes it, its organisations (lead first). */
  public record Mission(MissionFacts facts, String description, List<MissionOrganisation> organisations) {

    public Mission {
      Objects.requireNonNull(facts, "facts");
      organisations = List.copyOf(organisations);
    }

    OrganisationFacts lead() {
      return organisations.stream().filter(MissionOrganisation::lead).findFirst().orElseThrow().organisation();
    }

    Optional<OrganisationFacts> organisation(String id) {
      return organisations.stream().map(MissionOrganisation::organisation).filter(o -> o.id().toString().equals(id)).findFirst();
    }
  }

  private final Mission mission;
  private final FundingPlan plan;
  private final List<PortfolioInitiative> initiatives;
  private final OffsetDateTime now;
  private final ResultsXml results;
  // the plan indexed once, so that writing stays linear in its size (100,000 flows: docs/performance.md)
  private final Map<String, List<Flow>> flows = new java.util.HashMap<>();
  private final Map<String, List<Need>> needs = new java.util.HashMap<>();
  private final Map<String, Funder> funders = new java.util.HashMap<>();

  /**
   * The initiatives of the roadmap that have a need or money are exported, in the roadmap's order. A file is a
   * publication: confidential amounts are left out of it (their funders still take part).
   */
  public IatiActivities(Mission mission, FundingPlan plan, List<PortfolioInitiative> roadmap, OffsetDateTime now) {
    this(mission, plan, roadmap, ResultsXml.NONE, now);
  }

  /** With the mission's results (the evaluation plugin's) in its parent activity. */
  public IatiActivities(Mission mission, FundingPlan plan, List<PortfolioInitiative> roadmap, ResultsXml results, OffsetDateTime now) {
    this.results = Objects.requireNonNull(results, "results");
    this.mission = Objects.requireNonNull(mission, "mission");
    this.plan = new FundingPlan(plan.rates(), plan.funders(), plan.needs(), plan.flows().stream().filter(f -> !f.confidential()).toList());
    this.now = Objects.requireNonNull(now, "now");
    Set<String> funded = new LinkedHashSet<>();
    plan.needs().forEach(n -> funded.add(n.initiativeId()));
    plan.flows().forEach(f -> funded.add(f.initiativeId()));
    this.initiatives = roadmap.stream().filter(i -> funded.contains(i.id())).toList();
    this.plan.flows().forEach(f -> flows.computeIfAbsent(f.initiativeId(), i -> new ArrayList<>()).add(f));
    this.plan.needs().forEach(n -> needs.computeIfAbsent(n.initiativeId(), i -> new ArrayList<>()).add(n));
    this.plan.funders().forEach(f -> funders.put(f.id(), f));
  }

  /** Why the file cannot be written, each naming the item to change; empty when it can. */
  public List<IatiProblem> problems() {
    List<IatiProblem> problems = new ArrayList<>();
    OrganisationFacts lead = mission.lead();
    if (lead.iatiIdentifier().isEmpty()) {
      problems.add(new IatiProblem("leadIdentifier", List.of(lead.name()),
          "the lead organisation " + lead.name() + " has no IATI organisation identifier: set it in its organisation profile"));
    }
    if (initiatives.isEmpty()) {
      problems.add(new IatiProblem("nothing", List.of(), "no initiative has a need or money yet: there is nothing to report"));
    }
    for (PortfolioInitiative i : initiatives) {
      if (i.start() == null) {
        problems.add(new IatiProblem("start", List.of(i.title()), "the initiative \"" + i.title() + "\" has no planned start: set its start in the roadmap"));
      }
      if (IatiCodes.initiativeStatus(i.lifecycle()).isEmpty()) {
        problems.add(new IatiProblem("status", List.of(i.title(), i.lifecycle()),
            "the initiative \"" + i.title() + "\" is " + i.lifecycle() + ", which has no IATI activity status"));
      }
    }
    Set<Currency> currencies = new LinkedHashSet<>();
    plan.needs().forEach(n -> currencies.add(n.money().currency()));
    plan.flows().forEach(f -> currencies.add(f.money().currency()));
    currencies.add(plan.rates().missionCurrency());
    currencies.stream().filter(c -> !org.missionhub.plugin.funding.model.Money.isMoney(c))
        .forEach(c -> problems.add(new IatiProblem("currency", List.of(c.getCurrencyCode()), "the currency " + c.getCurrencyCode() + " is not in IATI's currency codelist")));
    return problems;
  }

  /** Writes the file (check {@link #problems()} first: an export with problems is refused here too). */
  public void write(OutputStream out) throws XMLStreamException {
    List<IatiProblem> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the IATI export has problems: " + problems);
    }
    String parent = identifier(mission.facts().id().toString());
    try (XmlOut xml = new XmlOut(out)) {
      xml.start("iati-activities").attr("version", "2.03").attr("generated-datetime", timestamp());
      writeMission(xml, parent);
      for (PortfolioInitiative initiative : initiatives) {
        writeInitiative(xml, parent, initiative);
      }
      xml.end();
    }
  }

  private void writeMission(XmlOut xml, String parent) throws XMLStreamException {
    MissionFacts facts = mission.facts();
    start(xml, parent, "1");
    narrative(xml, "title", facts.title());
    narrative(xml, "description", mission.description() == null || mission.description().isBlank()
        ? "A mission led by " + mission.lead().name() + ", co-managed in MissionHub." : mission.description());
    organisation(xml, IatiCodes.ACCOUNTABLE, mission.lead());
    for (MissionOrganisation o : mission.organisations()) {
      if (!o.lead() && o.comanages()) {
        organisation(xml, IatiCodes.IMPLEMENTING, o.organisation());
      }
    }
    for (Funder funder : plan.funders()) {
      funder(xml, "participating-org", funder, IatiCodes.FUNDING);
    }
    xml.start("activity-status").attr("code", IatiCodes.missionStatus(facts.phase())).end();
    initiatives.stream().map(PortfolioInitiative::start).min(Comparator.naturalOrder()).ifPresent(d -> date(xml, IatiCodes.PLANNED_START, d));
    if (initiatives.stream().allMatch(i -> i.end() != null)) {
      initiatives.stream().map(PortfolioInitiative::end).max(Comparator.naturalOrder()).ifPresent(d -> date(xml, IatiCodes.PLANNED_END, d));
    }
    sector(xml);
    for (PortfolioInitiative initiative : initiatives) {
      xml.start("related-activity").attr("ref", identifier(initiative.id())).attr("type", IatiCodes.CHILD).end();
    }
    results.write(xml);
    xml.end();
  }

  private void writeInitiative(XmlOut xml, String parent, PortfolioInitiative initiative) throws XMLStreamException {
    start(xml, identifier(initiative.id()), "2");
    narrative(xml, "title", initiative.title());
    narrative(xml, "description", initiative.description() == null || initiative.description().isBlank()
        ? "An initiative of the mission \"" + mission.facts().title() + "\"." : initiative.description());
    organisation(xml, IatiCodes.ACCOUNTABLE, mission.lead());
    Optional<OrganisationFacts> owner = mission.organisation(initiative.owner().toString());
    if (owner.isPresent()) {
      organisation(xml, IatiCodes.IMPLEMENTING, owner.get());
    }
    List<Flow> flows = this.flows.getOrDefault(initiative.id(), List.of());
    Set<String> funding = new java.util.HashSet<>();
    flows.forEach(f -> funding.add(f.funderId()));
    for (Funder funder : plan.funders()) {
      if (funding.contains(funder.id())) {
        funder(xml, "participating-org", funder, IatiCodes.FUNDING);
      }
    }
    xml.start("activity-status").attr("code", IatiCodes.initiativeStatus(initiative.lifecycle()).orElseThrow()).end();
    date(xml, IatiCodes.PLANNED_START, initiative.start());
    if (initiative.end() != null) {
      date(xml, IatiCodes.PLANNED_END, initiative.end());
    }
    sector(xml);
    for (Need need : needs.getOrDefault(initiative.id(), List.of())) {
      budget(xml, need);
    }
    plannedDisbursements(xml, flows, funding);
    for (Flow flow : flows) {
      transaction(xml, flow);
    }
    xml.start("related-activity").attr("ref", parent).attr("type", IatiCodes.PARENT).end();
    xml.end();
  }

  private void start(XmlOut xml, String identifier, String hierarchy) throws XMLStreamException {
    xml.start("iati-activity").lang("en").attr("default-currency", plan.rates().missionCurrency().getCurrencyCode())
        .attr("last-updated-datetime", timestamp()).attr("hierarchy", hierarchy);
    xml.element("iati-identifier", identifier);
    OrganisationFacts lead = mission.lead();
    xml.start("reporting-org").attr("ref", lead.iatiIdentifier().orElseThrow()).attr("type", IatiCodes.organisationType(lead.type()));
    xml.element("narrative", lead.name());
    xml.end();
  }

  private static void narrative(XmlOut xml, String element, String text) throws XMLStreamException {
    xml.start(element).element("narrative", text).end();
  }

  private static void organisation(XmlOut xml, String role, OrganisationFacts o) throws XMLStreamException {
    xml.start("participating-org").attr("ref", o.iatiIdentifier().orElse(null)).attr("type", IatiCodes.organisationType(o.type())).attr("role", role);
    xml.element("narrative", o.name());
    xml.end();
  }

  /** A funder as a participating, provider or receiver organisation: a member by its profile, an outside body by its source type. */
  private void funder(XmlOut xml, String element, Funder funder, String role) throws XMLStreamException {
    Optional<OrganisationFacts> member = funder.isMember() ? mission.organisation(funder.organisation()) : Optional.empty();
    xml.start(element).attr("ref", member.flatMap(OrganisationFacts::iatiIdentifier).orElse(null))
        .attr("type", member.map(m -> IatiCodes.organisationType(m.type())).orElse(funder.sourceType().iatiOrganisationType())).attr("role", role);
    xml.element("narrative", funder.name());
    xml.end();
  }

  private static void date(XmlOut xml, String type, LocalDate day) {
    try {
      xml.start("activity-date").attr("type", type).attr("iso-date", day.toString()).end();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private void sector(XmlOut xml) throws XMLStreamException {
    Optional<String> sector = IatiCodes.sector(mission.facts().challengeArea());
    if (sector.isPresent()) {
      xml.start("sector").attr("vocabulary", IatiCodes.DAC_3).attr("code", sector.get()).attr("percentage", "100").end();
    }
  }

  /** A need is the initiative's indicative budget for its year. */
  private static void budget(XmlOut xml, Need need) throws XMLStreamException {
    LocalDate start = LocalDate.of(need.year(), 1, 1);
    xml.start("budget").attr("type", IatiCodes.ORIGINAL).attr("status", IatiCodes.INDICATIVE);
    xml.start("period-start").attr("iso-date", start.toString()).end();
    xml.start("period-end").attr("iso-date", start.plusYears(1).minusDays(1).toString()).end();
    value(xml, need.money(), start);
    xml.end();
  }

  /**
   * What each funder has committed (in force today) and not yet disbursed, per currency, is money planned to
   * come: from the later of today and its last commitment.
   */
  private void plannedDisbursements(XmlOut xml, List<Flow> flows, Set<String> funding) throws XMLStreamException {
    LocalDate today = now.toLocalDate();
    for (Funder funder : plan.funders()) {
      if (!funding.contains(funder.id())) {
        continue;
      }
      Map<Currency, BigDecimal> open = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
      LocalDate from = today;
      for (Flow f : flows) {
        if (!f.funderId().equals(funder.id())) {
          continue;
        }
        if (f.stage() == Stage.COMMITMENT && (f.expires() == null || !f.expires().isBefore(today))) {
          open.merge(f.money().currency(), f.money().amount(), BigDecimal::add);
          from = f.date().isAfter(from) ? f.date() : from;
        } else if (f.stage() == Stage.DISBURSEMENT) {
          open.merge(f.money().currency(), f.money().amount().negate(), BigDecimal::add);
        }
      }
      for (Map.Entry<Currency, BigDecimal> e : open.entrySet()) {
        if (e.getValue().signum() > 0) {
          xml.start("planned-disbursement").attr("type", IatiCodes.ORIGINAL);
          xml.start("period-start").attr("iso-date", from.toString()).end();
          value(xml, new Money(e.getValue(), e.getKey()), from);
          funder(xml, "provider-org", funder, null);
          xml.end();
        }
      }
    }
  }

  /** Each flow as its transaction; money coming in names its funder as provider, with the instrument's finance type. */
  private void transaction(XmlOut xml, Flow flow) throws XMLStreamException {
    Funder funder = funders.get(flow.funderId());
    xml.start("transaction").attr("ref", flow.id());
    xml.start("transaction-type").attr("code", flow.stage().iatiTransactionType()).end();
    xml.start("transaction-date").attr("iso-date", flow.date().toString()).end();
    value(xml, flow.money(), flow.date());
    String description = description(flow);
    if (description != null) {
      narrative(xml, "description", description);
    }
    if (flow.stage() != Stage.EXPENDITURE) {
      funder(xml, "provider-org", funder, null);
    }
    Optional<String> financeType = IatiCodes.financeType(funder.instrument());
    if (financeType.isPresent()) {
      xml.start("finance-type").attr("code", financeType.get()).end();
    }
    xml.end();
  }

  private static String description(Flow flow) {
    List<String> parts = new ArrayList<>();
    if (flow.conditional()) {
      parts.add("Conditional commitment");
    }
    if (flow.expires() != null) {
      parts.add("expires " + flow.expires());
    }
    if (flow.note() != null && !flow.note().isBlank()) {
      parts.add(flow.note().strip());
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static void value(XmlOut xml, Money money, LocalDate valueDate) throws XMLStreamException {
    xml.start("value").attr("currency", money.code()).attr("value-date", valueDate.toString()).text(money.amount().toPlainString());
    xml.end();
  }

  /** An identifier of the lead's: its IATI organisation identifier, then the mission's or initiative's id. */
  private String identifier(String id) {
    return mission.lead().iatiIdentifier().orElseThrow() + "-" + id;
  }

  private String timestamp() {
    return now.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
