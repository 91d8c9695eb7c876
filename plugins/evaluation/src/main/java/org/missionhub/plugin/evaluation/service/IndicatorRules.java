package org.missionhub.plugin.evaluation.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.mission.MissionPerson;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.evaluation.model.Calculation;
import org.missionhub.plugin.evaluation.model.Direction;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Periodicity;
import org.missionhub.plugin.evaluation.model.Periods;
import org.missionhub.plugin.evaluation.model.Target;
import org.missionhub.plugin.evaluation.model.Texts;
import org.missionhub.plugin.evaluation.service.Forms.IndicatorForm;
import org.missionhub.plugin.evaluation.service.Forms.TargetForm;

/** Turns an indicator form into an indicator, or refuses it with every problem named by its field. */
final class IndicatorRules {

  static final int MAX_TARGETS = 120;
  static final int MAX_DISAGGREGATIONS = 10;

  private final MissionScope scope;

  IndicatorRules(MissionScope scope) {
    this.scope = scope;
  }

  Indicator read(String id, IndicatorForm form, List<Indicator> others, long revision) {
    Fields f = new Fields();
    String code = f.text("code", form.code(), 40, true);
    if (code != null && !code.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*")) {
      f.problem("code", "must be letters, digits, dots, dashes or underscores, such as MH-1.2");
      code = null;
    }
    if (code != null && others.stream().anyMatch(o -> !o.id().equals(id) && o.code().equalsIgnoreCase(form.code().strip()))) {
      f.problem("code", "is already the code of another indicator of this mission");
    }
    Texts name = texts(f, "name", form.name(), 300, true);
    Texts definition = texts(f, "definition", form.definition(), 4000, false);
    String unit = f.text("unit", form.unit(), 40, false);
    Direction direction = f.choice("direction", form.direction(), Direction.class, Direction.INCREASE);
    Calculation calculation = f.choice("calculation", form.calculation(), Calculation.class, Calculation.LATEST);
    Periodicity periodicity = f.choice("periodicity", form.periodicity(), Periodicity.class, Periodicity.YEARLY);
    List<String> disaggregations = disaggregations(f, form.disaggregations());
    String dataSource = f.text("dataSource", form.dataSource(), 500, false);
    String method = f.text("method", form.method(), 500, false);
    String reporter = reporter(f, form.reporter());
    MissionPerson responsible = responsible(f, form.responsible(), reporter);
    BigDecimal baseline = f.number("baseline", form.baseline(), false);
    LocalDate baselineDate = f.date("baselineDate", form.baselineDate(), baseline != null);
    if (baseline == null && baselineDate != null) {
      f.problem("baseline", "a baseline date needs its value");
    }
    int yearStart = yearStart(f, form.yearStart(), id, others, reporter);
    List<Target> targets = targets(f, form.targets(), direction, new Periods(periodicity, yearStart), baselineDate);
    f.check();
    return new Indicator(id, scope.missionId().toString(), code, name, definition, unit, direction, calculation, periodicity, disaggregations,
        dataSource, method, reporter, responsible == null ? null : responsible.person().subject(), responsible == null ? null : responsible.person().displayName(),
        baseline, baselineDate, targets, revision, yearStart);
  }

  /**
   * The month the indicator's years start in: as given, else as it was, else the reporting organisation's
   * fiscal year (contract 1.7.0), so that its yearly and quarterly periods are the reporter's budget periods.
   */
  private int yearStart(Fields f, Integer given, String id, List<Indicator> others, String reporter) {
    if (given != null) {
      if (given < 1 || given > 12) {
        f.problem("yearStart", "must be a month from 1 (January) to 12 (December)");
        return 1;
      }
      return given;
    }
    return others.stream().filter(o -> o.id().equals(id)).map(Indicator::yearStart).findFirst()
        .orElseGet(() -> scope.organisations().stream().map(MissionOrganisation::organisation).filter(o -> o.id().toString().equals(reporter))
            .map(o -> o.fiscalYearStart()).findFirst().orElse(1));
  }

  private static Texts texts(Fields f, String field, Map<String, String> byLanguage, int max, boolean required) {
    Map<String, String> given = byLanguage == null ? Map.of() : byLanguage;
    for (String language : given.keySet()) {
      if (!Set.of("en", "fr", "da").contains(language)) {
        f.problem(field + "." + language, "must be one of the languages en, fr, da");
      }
    }
    String en = f.text(field + ".en", given.get("en"), max, required);
    String fr = f.text(field + ".fr", given.get("fr"), max, false);
    String da = f.text(field + ".da", given.get("da"), max, false);
    if (en == null && (fr != null || da != null)) {
      f.problem(field + ".en", "is needed first: English is what the other languages fall back to");
    }
    return en == null ? null : new Texts(en, fr, da);
  }

  private static List<String> disaggregations(Fields f, List<String> given) {
    List<String> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String d : given == null ? List.<String>of() : given) {
      String name = f.text("disaggregations", d, 60, true);
      if (name != null && name.contains(":")) {
        f.problem("disaggregations", "a disaggregation is a name such as \"age group\", without a colon");
      } else if (name != null && seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
        result.add(name);
      }
    }
    if (result.size() > MAX_DISAGGREGATIONS) {
      f.problem("disaggregations", "must be at most " + MAX_DISAGGREGATIONS);
    }
    return result;
  }

  private String reporter(Fields f, String slug) {
    String wanted = slug == null || slug.isBlank() ? null : slug.strip();
    if (wanted == null) {
      return scope.organisationId().toString();
    }
    return scope.organisations().stream()
        .filter(MissionOrganisation::comanages)
        .map(MissionOrganisation::organisation)
        .filter(o -> o.slug().equals(wanted))
        .map(o -> o.id().toString())
        .findFirst()
        .orElseGet(() -> {
          f.problem("reporter", "must be the lead or a partner of the mission");
          return null;
        });
  }

  /** Someone holding a role in the mission through the reporting organisation, by subject; none if not given. */
  private MissionPerson responsible(Fields f, String subject, String reporter) {
    if (subject == null || subject.isBlank() || reporter == null) {
      return null;
    }
    return scope.people().stream()
        .filter(p -> p.person().subject().equals(subject.strip()) && p.organisation().toString().equals(reporter))
        .findFirst()
        .orElseGet(() -> {
          f.problem("responsible", "must be someone holding a role in the mission through the reporting organisation");
          return null;
        });
  }

  private static List<Target> targets(Fields f, List<TargetForm> given, Direction direction, Periods periodicity, LocalDate baselineDate) {
    List<TargetForm> forms = given == null ? List.of() : given;
    if (forms.size() > MAX_TARGETS) {
      f.problem("targets", "must be at most " + MAX_TARGETS);
      return List.of();
    }
    List<Target> targets = new ArrayList<>();
    Set<LocalDate> periods = new HashSet<>();
    for (int i = 0; i < forms.size(); i++) {
      TargetForm form = forms.get(i) == null ? new TargetForm(null, null, null) : forms.get(i);
      String at = "targets[" + i + "].";
      LocalDate period = f.period(at + "period", form.period(), periodicity);
      BigDecimal value = f.number(at + "value", form.value(), true);
      BigDecimal upper = f.number(at + "upper", form.upper(), direction == Direction.RANGE);
      if (upper != null && direction != Direction.RANGE) {
        f.problem(at + "upper", "only a range indicator has an upper bound");
        upper = null;
      }
      if (value != null && upper != null && upper.compareTo(value) < 0) {
        f.problem(at + "upper", "must be at least the lower bound " + value.toPlainString());
        continue;
      }
      if (period != null && !periods.add(period)) {
        f.problem(at + "period", "has a target already");
        continue;
      }
      if (period != null && baselineDate != null && !periodicity.end(period).isAfter(baselineDate)) {
        f.problem(at + "period", "must end after the baseline date " + baselineDate);
        continue;
      }
      if (period != null && value != null) {
        targets.add(new Target(period, value, upper));
      }
    }
    return targets;
  }
}
