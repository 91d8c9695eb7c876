package org.missionhub.plugin.funding.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.funding.iati.IatiFile;
import org.missionhub.plugin.funding.model.Flow;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.model.FundingPlan;
import org.missionhub.plugin.funding.model.Instrument;
import org.missionhub.plugin.funding.model.SourceType;
import org.missionhub.plugin.funding.model.Stage;
import org.missionhub.plugin.funding.service.Forms.FlowForm;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;

/**
 * What one activity of another publisher's IATI file adds to an initiative's funding: the publisher is the
 * funder (an organisation of the mission with that IATI identifier, a funder of the same name, or a new
 * outside funder typed by its IATI organisation type), and its outgoing pledges (12), commitments (2) and
 * disbursements (3) become the initiative's money; every other transaction is listed as skipped, with why.
 * Each flow is checked by the rules of the form ({@link FlowRules}), one after the other, so that a
 * disbursement never exceeds what the file and the plan committed. A flow the plan holds already (same
 * funder, stage, date, amount and currency) is unchanged, so that importing a file again adds nothing.
 */
final class IatiImport {

  /** The money an import adds, or would add. */
  record Planned(int line, Flow flow) {}

  /** A transaction that adds nothing, and why. */
  record Skipped(int line, String type, String reason) {}

  /** The outcome: which activity, the funder (new or not), the money, what is skipped or already there, and every problem. */
  record Result(IatiFile.Activity activity, Funder funder, boolean newFunder, List<Planned> added, int unchanged, List<Skipped> skipped,
      List<PluginProblem.FieldError> problems) {}

  private static final Map<String, Stage> STAGES = Map.of("12", Stage.PLEDGE, "2", Stage.COMMITMENT, "3", Stage.DISBURSEMENT);

  private static final Map<String, String> SKIPPED = Map.ofEntries(
      Map.entry("1", "incoming funds: money the funder received"),
      Map.entry("4", "expenditure: the funder's own spending"),
      Map.entry("5", "interest payment"),
      Map.entry("6", "loan repayment"),
      Map.entry("7", "reimbursement"),
      Map.entry("8", "purchase of equity"),
      Map.entry("9", "sale of equity"),
      Map.entry("10", "credit guarantee"),
      Map.entry("11", "incoming commitment: money committed to the funder"),
      Map.entry("13", "incoming pledge: money pledged to the funder"));

  /** IATI organisation types whose source MissionHub can tell. */
  private static final Map<String, SourceType> SOURCES = Map.of(
      "10", SourceType.NATIONAL_STATE, "15", SourceType.NATIONAL_STATE, "11", SourceType.LOCAL, "60", SourceType.PHILANTHROPIC_FOUNDATION,
      "70", SourceType.PRIVATE, "71", SourceType.PRIVATE, "72", SourceType.PRIVATE, "73", SourceType.PRIVATE);

  private IatiImport() {}

  static Result plan(IatiFile file, String activityId, FundingPlan plan, List<PortfolioInitiative> initiatives, String initiative, SourceType sourceType,
      List<MissionOrganisation> organisations, String missionId, String writer) {
    List<PluginProblem.FieldError> problems = new ArrayList<>();
    file.problems().forEach(p -> problems.add(new PluginProblem.FieldError("file", "line " + p.line() + ": " + p.message())));
    if (!problems.isEmpty()) {
      return new Result(null, null, false, List.of(), 0, List.of(), problems);
    }
    if (initiatives.stream().noneMatch(i -> i.id().equals(initiative))) {
      problems.add(new PluginProblem.FieldError("initiative", initiative == null ? "is required: the initiative of the roadmap the file's money goes to"
          : "is not an initiative of this mission's roadmap"));
    }
    IatiFile.Activity activity = activity(file, activityId, problems);
    if (activity == null || !problems.isEmpty()) {
      return new Result(activity, null, false, List.of(), 0, List.of(), problems);
    }
    Optional<Funder> existing = existingFunder(activity.reportingOrg(), plan, organisations);
    Funder funder = existing.orElseGet(() -> newFunder(activity.reportingOrg(), sourceType, organisations, missionId, problems));
    if (funder == null) {
      return new Result(activity, null, false, List.of(), 0, List.of(), problems);
    }
    List<Funder> funders = new ArrayList<>(plan.funders());
    if (existing.isEmpty()) {
      funders.add(funder);
    }
    List<Flow> flows = new ArrayList<>(plan.flows());
    List<Planned> added = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    int unchanged = 0;
    for (int n = 0; n < activity.transactions().size(); n++) {
      IatiFile.Transaction t = activity.transactions().get(n);
      Stage stage = STAGES.get(t.type());
      if (stage == null) {
        skipped.add(new Skipped(t.line(), t.type(), SKIPPED.getOrDefault(t.type(), t.type() == null ? "no transaction type" : "not a transaction type of IATI 2.03")));
        continue;
      }
      String note = (t.description() == null ? "" : t.description() + " ") + "(IATI " + activity.identifier() + ")";
      FlowForm form = new FlowForm(funder.id(), initiative, stage.name(), t.date() == null ? null : t.date().toString(),
          t.amount() == null ? null : t.amount().toPlainString(), t.currency(), false, null, note.length() > 1000 ? note.substring(0, 1000) : note, false);
      FundingPlan sofar = new FundingPlan(plan.rates(), funders, plan.needs(), flows);
      try {
        Flow flow = FlowRules.read(sofar, initiatives, java.util.UUID.randomUUID().toString(), form, writer, 1);
        if (flows.stream().anyMatch(f -> same(f, flow))) {
          unchanged++;
        } else {
          flows.add(flow);
          added.add(new Planned(t.line(), flow));
        }
      } catch (PluginProblem problem) {
        String at = "transactions[" + (n + 1) + "]";
        problem.fields().forEach(e -> problems.add(new PluginProblem.FieldError(at + "." + e.field(), "line " + t.line() + ": " + e.message())));
      }
    }
    return new Result(activity, funder, existing.isEmpty(), added, unchanged, skipped, problems);
  }

  private static IatiFile.Activity activity(IatiFile file, String activityId, List<PluginProblem.FieldError> problems) {
    if (activityId == null || activityId.isBlank()) {
      if (file.activities().size() > 1) {
        problems.add(new PluginProblem.FieldError("activity", "the file holds " + file.activities().size() + " activities: name the one to import ("
            + String.join(", ", file.activities().stream().map(IatiFile.Activity::identifier).toList()) + ")"));
        return null;
      }
      return file.activities().get(0);
    }
    return file.activities().stream().filter(a -> activityId.strip().equals(a.identifier())).findFirst().orElseGet(() -> {
      problems.add(new PluginProblem.FieldError("activity", "'" + activityId + "' is not an activity of the file"));
      return null;
    });
  }

  /** An organisation of the mission with the publisher's IATI identifier (its funder, or a new one for it), or a funder of the same name. */
  private static Optional<Funder> existingFunder(IatiFile.Org publisher, FundingPlan plan, List<MissionOrganisation> organisations) {
    if (publisher == null) {
      return Optional.empty();
    }
    Optional<OrganisationFacts> member = member(publisher, organisations);
    if (member.isPresent()) {
      String id = member.get().id().toString();
      Optional<Funder> theirs = plan.funders().stream().filter(f -> id.equals(f.organisation())).findFirst();
      if (theirs.isPresent()) {
        return theirs;
      }
    }
    String name = publisher.name() == null ? publisher.ref() : publisher.name();
    return plan.funders().stream().filter(f -> name != null && f.name().equalsIgnoreCase(name.strip())).findFirst();
  }

  private static Optional<OrganisationFacts> member(IatiFile.Org publisher, List<MissionOrganisation> organisations) {
    return organisations.stream().filter(MissionOrganisation::comanages).map(MissionOrganisation::organisation)
        .filter(o -> publisher.ref() != null && o.iatiIdentifier().map(publisher.ref()::equalsIgnoreCase).orElse(false)).findFirst();
  }

  private static Funder newFunder(IatiFile.Org publisher, SourceType given, List<MissionOrganisation> organisations, String missionId,
      List<PluginProblem.FieldError> problems) {
    if (publisher == null || (publisher.name() == null && publisher.ref() == null)) {
      problems.add(new PluginProblem.FieldError("file", "the activity has no <reporting-org>: the funder cannot be told"));
      return null;
    }
    Optional<OrganisationFacts> member = member(publisher, organisations);
    String name = member.map(OrganisationFacts::name).orElse(publisher.name() == null ? publisher.ref() : publisher.name());
    SourceType type = given != null ? given : SOURCES.get(publisher.type());
    if (type == null) {
      problems.add(new PluginProblem.FieldError("sourceType", "the publisher " + name + " has IATI organisation type "
          + (publisher.type() == null ? "(none)" : publisher.type()) + ", whose source MissionHub cannot tell: choose the type of source of its money"));
      return null;
    }
    if (name.length() > 200) {
      name = name.substring(0, 200);
    }
    return new Funder(java.util.UUID.randomUUID().toString(), missionId, name, member.map(o -> o.id().toString()).orElse(null), type, Instrument.GRANT, 1);
  }

  private static boolean same(Flow a, Flow b) {
    return a.funderId().equals(b.funderId()) && a.initiativeId().equals(b.initiativeId()) && a.stage() == b.stage() && a.date().equals(b.date())
        && a.money().amount().compareTo(b.money().amount()) == 0 && a.money().currency().equals(b.money().currency());
  }
}
