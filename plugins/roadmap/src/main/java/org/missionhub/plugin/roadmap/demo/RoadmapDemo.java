package org.missionhub.plugin.roadmap.demo;

import java.util.List;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.roadmap.model.DependencyKind;
import org.missionhub.plugin.roadmap.model.ItemRef;
import org.missionhub.plugin.roadmap.service.BaselineService;
import org.missionhub.plugin.roadmap.service.Forms.DependencyForm;
import org.missionhub.plugin.roadmap.service.Forms.InitiativeForm;
import org.missionhub.plugin.roadmap.service.Forms.ItemForm;
import org.missionhub.plugin.roadmap.service.Forms.MilestoneForm;
import org.missionhub.plugin.roadmap.service.Forms.ObjectiveForm;
import org.missionhub.plugin.roadmap.service.InitiativeService;
import org.missionhub.plugin.roadmap.service.MilestoneService;
import org.missionhub.plugin.roadmap.service.ReviewService;
import org.missionhub.plugin.roadmap.service.RoadmapContext;
import org.missionhub.plugin.roadmap.service.RoadmapService;

/**
 * A believable portfolio for each of the three missions of the OECD / Danish Design Centre workshop (the
 * demo data), built through the plugin's services as the mission's leader would: objectives, initiatives of
 * the lead and its partners, milestones, a baseline of the approved plan, a dependency that a slipped pilot
 * has broken since, and a first review.
 */
public final class RoadmapDemo {

  private final MissionScope scope;
  private final RoadmapService roadmap;
  private final InitiativeService initiatives;
  private final MilestoneService milestones;
  private final ReviewService reviews;
  private final BaselineService baselines;

  public RoadmapDemo(MissionScope scope, RoadmapContext context) {
    this.scope = scope;
    this.roadmap = new RoadmapService(scope, context);
    this.initiatives = new InitiativeService(scope, context);
    this.milestones = new MilestoneService(scope, context);
    this.reviews = new ReviewService(scope, context);
    this.baselines = new BaselineService(scope, context);
  }

  public void load() {
    String title = scope.mission().title();
    if (title.startsWith("Mental health")) {
      mentalHealth();
    } else if (title.startsWith("The irresistible circular")) {
      circularSociety();
    } else if (title.startsWith("Responsible and ethical")) {
      digitisation();
    }
  }

  private void mentalHealth() {
    String lead = slug(null);
    String ngo = slug(OrganisationType.NGO);
    String municipality = slug(OrganisationType.LOCAL_GOVERNMENT);
    String reach = objective("Every young person can reach support within a week", 2028);
    String early = objective("Schools and youth clubs spot distress early", 2030);
    String wellbeing = objective("Halve poor well-being among 15-24 year olds", 2032);
    String counsellors = initiative("School counsellors in every upper-secondary school", "PROGRAMME", lead, List.of(municipality), List.of(reach, early),
        "2025-09-01", "2028-06-30", "ACTIVE", "GREEN", null, "12000000", "DKK");
    initiative("Youth panel on mental health", "PILOT", ngo, List.of(), List.of(early), "2025-03-01", "2026-02-28", "COMPLETED", "GREEN", null, null, null);
    String pilot = initiative("Nordby school counselling pilot", "PILOT", municipality, List.of(lead), List.of(reach),
        "2026-03-01", "2027-06-30", "ACTIVE", "GREEN", null, "850000", "DKK");
    initiative("Anonymous chat line for 15-24 year olds", "PROJECT", ngo, List.of(), List.of(reach), "2026-01-15", "2031-12-31", "ACTIVE", "GREEN", null, "450000", "EUR");
    String indicators = initiative("Well-being indicators shared by health, education and social services", "RESEARCH", lead, List.of(ngo, municipality),
        List.of(wellbeing), "2026-06-01", "2027-12-31", "PROPOSED", "GREEN", null, "300000", "DKK");
    milestone(counsellors, "First 40 schools staffed", "2026-08-15", "REACHED");
    milestone(counsellors, "Every upper-secondary school staffed", "2027-08-15", "PLANNED");
    String results = milestone(pilot, "First results of the pilot", "2026-03-31", "PLANNED");
    milestone(pilot, "Pilot results with the regional pool", "2027-03-31", "AT_RISK");
    milestone(indicators, "Indicator set agreed by the three services", "2027-02-01", "PLANNED");
    dependency(ItemRef.milestone(results), ItemRef.initiative(indicators));
    // the plan as approved, then what happened since: the pilot's results slipped a quarter and were missed
    baselines.take("Plan approved at gate 1");
    milestones.update(results, 1, new MilestoneForm(pilot, "First results of the pilot", "2026-06-30", null, "MISSED"));
    initiatives.update(pilot, 1, new InitiativeForm(
        "Nordby school counselling pilot", null, "PILOT", municipality, null, List.of(lead), List.of(reach), "2026-03-01", "2027-06-30", null, null, "ACTIVE",
        "AMBER", "Two of the five schools have no counsellor yet", "850000", "DKK", List.of()));
    reviews.cadence(3);
    String review = reviews.start("Spring portfolio review", "2026-04-15").id();
    reviews.decide(review, counsellors, "CONTINUE", "On track: 28 schools staffed, the rest recruiting.");
    reviews.decide(review, pilot, "PIVOT", "Recruit through the region's shared pool instead of school by school.");
  }

  private void circularSociety() {
    String lead = slug(null);
    String foundation = slug(OrganisationType.FOUNDATION);
    String repair = objective("Repair and reuse within 15 minutes of every home", 2030);
    String waste = objective("Halve residual waste per citizen", 2035);
    String cafes = initiative("Repair café network", "PILOT", foundation, List.of(lead), List.of(repair), "2026-05-01", "2029-04-30", "ACTIVE", "GREEN", null, "300000", "GBP");
    initiative("Circular public procurement", "PROCUREMENT", lead, List.of(), List.of(waste), "2026-09-01", "2027-08-31", "PROPOSED", "GREEN", null, null, null);
    initiative("Deposit scheme for reusable packaging", "POLICY", lead, List.of(foundation), List.of(waste), "2027-01-01", "2033-12-31", "IDEA", "GREEN", null, null, null);
    milestone(cafes, "Ten cafés open", "2026-11-30", "REACHED");
    milestone(cafes, "Twenty-five cafés open", "2027-09-30", "PLANNED");
  }

  private void digitisation() {
    String lead = slug(null);
    String assessed = objective("Every public algorithm assessed and published", 2027);
    initiative("Algorithm register", "PROJECT", lead, List.of(), List.of(assessed), "2024-01-10", "2025-12-31", "COMPLETED", "GREEN", null, null, null);
    String desk = initiative("Impact assessment help desk", "CAPACITY_BUILDING", lead, List.of(), List.of(assessed), "2025-02-01", "2027-06-30", "ACTIVE", "AMBER",
        "Agencies wait three weeks for help", "600000", "DKK");
    milestone(desk, "Assessment template in plain language", "2026-10-01", "REACHED");
    milestone(desk, "Help desk answers within a week", "2027-03-01", "AT_RISK");
  }

  /** The lead's slug for null, else the first co-managing organisation of that type (the lead if none). */
  private String slug(OrganisationType type) {
    List<MissionOrganisation> organisations = scope.organisations();
    return organisations.stream()
        .filter(MissionOrganisation::comanages)
        .filter(o -> type == null ? o.lead() : o.organisation().type() == type)
        .findFirst()
        .or(() -> organisations.stream().filter(MissionOrganisation::lead).findFirst())
        .map(o -> o.organisation().slug())
        .orElseThrow();
  }

  private String objective(String title, int dueYear) {
    return roadmap.addObjective(new ObjectiveForm(title, null, dueYear, null)).id();
  }

  private String initiative(
      String title, String type, String owner, List<String> contributors, List<String> objectives, String start, String end, String lifecycle, String rag,
      String ragReason, String budget, String currency) {
    return initiatives.add(new InitiativeForm(
        title, null, type, owner, null, contributors, objectives, start, end, null, null, lifecycle, rag, ragReason, budget, currency, List.of())).id();
  }

  private String milestone(String initiative, String title, String due, String state) {
    return milestones.add(new MilestoneForm(initiative, title, due, null, state)).id();
  }

  private void dependency(ItemRef predecessor, ItemRef successor) {
    roadmap.addDependency(new DependencyForm(
        new ItemForm(predecessor.kind().name(), predecessor.id()), new ItemForm(successor.kind().name(), successor.id()), DependencyKind.FINISH_TO_START.name()));
  }
}
