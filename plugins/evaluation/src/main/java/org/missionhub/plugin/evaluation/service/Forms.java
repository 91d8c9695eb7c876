package org.missionhub.plugin.evaluation.service;

import java.util.List;
import java.util.Map;

/**
 * What clients send. Numbers, dates, periods and enumerated values arrive as text so that a wrong one is
 * refused naming its field ({@link Fields}), never as a parse failure of the whole body.
 */
public final class Forms {

  private Forms() {}

  /**
   * @param name and {@code definition}: by language, {@code {"en": "...", "fr": "...", "da": "..."}}; English required for the name
   * @param reporter the slug of the organisation of the mission that reports the values
   * @param responsible the subject of the person there who reports them (someone with a role in the mission through it)
   * @param targets per period; {@code upper} only for a range indicator
   * @param yearStart the month its years start in (1-12); null: as it was, or the reporter's fiscal year
   */
  public record IndicatorForm(
      String code,
      Map<String, String> name,
      Map<String, String> definition,
      String unit,
      String direction,
      String calculation,
      String periodicity,
      List<String> disaggregations,
      String dataSource,
      String method,
      String reporter,
      String responsible,
      String baseline,
      String baselineDate,
      List<TargetForm> targets,
      Integer yearStart) {}

  public record TargetForm(String period, String value, String upper) {}

  /** A value for a period: the total, or with {@code disaggregation} one group ({@code "sex: female"}). */
  public record ActualForm(String period, String disaggregation, String value, String source, String comment) {}

  /**
   * The M&E plan, saved whole. {@code indicators} of a question are the indicators' codes (or ids);
   * {@code reportWithinDays}: values are due this many days after their period ends (30 if empty).
   */
  public record PlanForm(String purpose, Integer reportWithinDays, String budget, String currency, List<QuestionForm> questions, List<MomentForm> moments) {}

  public record QuestionForm(String text, String criterion, List<String> indicators) {}

  public record MomentForm(String kind, String title, String due, Boolean done) {}

  /** Approving the plan: who decided (a body such as "Steering group"), recorded in the decision log. */
  public record ApprovalForm(String decidedBy, String rationale) {}

  /**
   * An entry of the learning log. {@code indicator}: an indicator's code (or id) as evidence;
   * {@code decision}: the id of the decision of the mission's decision log the lesson fed; {@code recordedOn}:
   * today if empty.
   */
  public record LessonForm(String recordedOn, String insight, String evidence, String evidenceUrl, String indicator, String implication, String decision) {}

  /** The leaders' check of a reported value: VERIFIED or DISPUTED, with a note (required when disputed). */
  public record VerificationForm(String state, String note) {}

  /**
   * A step of the theory of change. {@code kind}: INITIATIVE, ACTIVITY, OUTPUT or OUTCOME; {@code initiative}:
   * the roadmap initiative's id (INITIATIVE only; its title is the roadmap's); {@code indicators}: codes or ids
   * of the indicators that measure the step (an indicator measures one step).
   */
  public record NodeForm(String kind, String title, String description, String initiative, List<String> indicators) {}

  /** "{@code from} leads to {@code to}": step ids, {@code to} = {@code "target"} for the mission target. */
  public record LinkForm(String from, String to, String assumptions, String evidence) {}

  /**
   * Where an indicator's values come from: {@code kind} SURVEY (the survey plugin's figures; {@code source}
   * the instrument's code, {@code question}, {@code option} or none for the mean) or FUNDING (not yet given).
   */
  public record FeedForm(String kind, String source, String question, String option) {}
}
