package org.missionhub.plugin.evaluation.demo;

import java.util.List;
import java.util.Map;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.evaluation.service.ActualService;
import org.missionhub.plugin.evaluation.service.EvaluationContext;
import org.missionhub.plugin.evaluation.model.Plan;
import org.missionhub.plugin.evaluation.service.Forms.ActualForm;
import org.missionhub.plugin.evaluation.service.Forms.ApprovalForm;
import org.missionhub.plugin.evaluation.service.Forms.MomentForm;
import org.missionhub.plugin.evaluation.service.Forms.PlanForm;
import org.missionhub.plugin.evaluation.service.Forms.QuestionForm;
import org.missionhub.plugin.evaluation.service.Forms.IndicatorForm;
import org.missionhub.plugin.evaluation.service.Forms.LessonForm;
import org.missionhub.plugin.evaluation.service.Forms.TargetForm;
import org.missionhub.plugin.evaluation.service.IndicatorService;
import org.missionhub.plugin.evaluation.service.LessonService;
import org.missionhub.plugin.evaluation.service.PlanService;

/**
 * Indicators for the three missions of the OECD / Danish Design Centre workshop (the demo data), added
 * through the plugin's services as the mission's leader would, with a few years of reported values: some on
 * track, some not, one without values yet. The values stay REPORTED: the leader who enters them may not
 * verify them (four eyes), which leaves something for a second leader to try.
 */
public final class EvaluationDemo {

  private final MissionScope scope;
  private final IndicatorService indicators;
  private final ActualService actuals;
  private final PlanService plans;
  private final LessonService lessons;
  private final TheoryDemo theory;

  public EvaluationDemo(MissionScope scope, EvaluationContext context) {
    this.scope = scope;
    this.indicators = new IndicatorService(scope, context);
    this.actuals = new ActualService(scope, context);
    this.plans = new PlanService(scope, context);
    this.lessons = new LessonService(scope, context);
    this.theory = new TheoryDemo(scope, context);
  }

  public void load() {
    String title = scope.mission().title();
    if (title.startsWith("Mental health")) {
      String waiting = indicator("YMH-1", "Young people waiting more than 30 days for help", "Jeunes attendant plus de 30 jours une aide", "Unge, der venter mere end 30 dage på hjælp",
          "%", "DECREASE", "LATEST", List.of("age group"), slug(null), "62", "2024-12-31", Map.of("2026", "50", "2028", "25"));
      report(waiting, "2025", "58", "Regional referral registry");
      report(waiting, "2025", "64", "Regional referral registry", "age group: 15-19");
      report(waiting, "2026", "55", "Regional referral registry");
      String counsellors = indicator("YMH-2", "Upper-secondary schools with a counsellor", "Lycées dotés d’un conseiller", "Gymnasier med en rådgiver",
          "schools", "INCREASE", "LATEST", List.of(), slug(OrganisationType.LOCAL_GOVERNMENT), "12", "2024-12-31", Map.of("2026", "60", "2027", "140"));
      report(counsellors, "2025", "40", "School census");
      report(counsellors, "2026", "71", "School census");
      indicator("YMH-3", "Young people reporting poor well-being", "Jeunes déclarant un mal-être", "Unge, der rapporterer dårlig trivsel",
          "%", "DECREASE", "LATEST", List.of("sex", "age group"), slug(OrganisationType.NGO), "29", "2023-12-31", Map.of("2028", "22", "2032", "15"));
      // the plan, approved by the steering group: this mission is among the 11% (the other two are not, yet)
      Plan plan = plans.save(0, new PlanForm(
          "Learn each year whether young people get help sooner and feel better, and re-feed it to the portfolio reviews.", 45, "250000", "DKK",
          List.of(
              new QuestionForm("Do young people get help sooner?", "EFFECTIVENESS", List.of("YMH-1", "YMH-2")),
              new QuestionForm("Does well-being improve where schools have counsellors?", "IMPACT", List.of("YMH-3")),
              new QuestionForm("Do the services of health, education and social affairs pull together?", "COHERENCE", List.of())),
          List.of(
              new MomentForm("BASELINE_STUDY", "Well-being survey of 2023", "2024-03-31", true),
              new MomentForm("MID_TERM", "Mid-term evaluation with the steering group", "2028-06-30", false),
              new MomentForm("FINAL", "Final evaluation", "2032-12-31", false))));
      Plan approved = plans.approve(plan.revision(), new ApprovalForm("Steering group", "Agreed with the partners at the spring meeting."));
      lessons.add(new LessonForm(null, "Schools with a counsellor refer pupils weeks earlier than schools without one",
          "School census and the referral registry, 2025-2026", null, "YMH-2", "Staff the remaining schools before widening the helpline",
          approved.approvalDecisionId()));
    } else if (title.startsWith("The irresistible circular")) {
      String waste = indicator("CIRC-1", "Residual household waste per person", "Déchets ménagers résiduels par personne", "Restaffald fra husholdninger pr. person",
          "kg", "DECREASE", "LATEST", List.of("region"), slug(null), "420", "2023-12-31", Map.of("2027", "330", "2030", "210"));
      report(waste, "2024", "405", "Waste statistics");
      report(waste, "2025", "398", "Waste statistics");
      String repaired = indicator("CIRC-2", "Items repaired at repair cafés", "Objets réparés dans les repair cafés", "Ting repareret på reparationscaféer",
          "items", "INCREASE", "SUM", List.of(), slug(OrganisationType.NGO), "0", "2024-12-31", Map.of("2025", "2000", "2027", "9000"));
      report(repaired, "2025", "2600", "Volunteers' log");
      report(repaired, "2026", "3100", "Volunteers' log");
    } else if (title.startsWith("Responsible and ethical")) {
      String audited = indicator("DIG-1", "Public algorithms with a published impact assessment", "Algorithmes publics avec une analyse d’impact publiée",
          "Offentlige algoritmer med en offentliggjort konsekvensanalyse", "%", "INCREASE", "LATEST", List.of(), slug(null), "8", "2024-12-31", Map.of("2026", "40", "2028", "90"));
      report(audited, "2025", "19", "Algorithm register");
    }
    theory.load();
  }

  private String indicator(String code, String en, String fr, String da, String unit, String direction, String calculation, List<String> disaggregations, String reporter,
      String baseline, String baselineDate, Map<String, String> targets) {
    List<TargetForm> targetForms = targets.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(t -> new TargetForm(t.getKey(), t.getValue(), null)).toList();
    return indicators.add(new IndicatorForm(code, Map.of("en", en, "fr", fr, "da", da), null, unit, direction, calculation, "YEARLY", disaggregations, null, null,
        reporter, null, baseline, baselineDate, targetForms, null)).id();
  }

  private void report(String indicator, String period, String value, String source) {
    report(indicator, period, value, source, null);
  }

  private void report(String indicator, String period, String value, String source, String group) {
    actuals.report(indicator, new ActualForm(period, group, value, source, null));
  }

  /** The slug of the mission's first co-managing organisation of that type (the lead for null, or if there is none). */
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
}
