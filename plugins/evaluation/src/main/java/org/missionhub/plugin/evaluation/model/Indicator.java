package org.missionhub.plugin.evaluation.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator of a mission, as in IATI's results model and DHIS2: what is measured (code, name,
 * definition, unit), which way it should go, how its periods add up, who reports it (an organisation of the
 * mission, and the person there who does), its baseline and its targets per period.
 */
public record Indicator(
    String id,
    String missionId,
    String code,
    Texts name,
    Texts definition,
    String unit,
    Direction direction,
    Calculation calculation,
    Periodicity periodicity,
    List<String> disaggregations,
    String dataSource,
    String method,
    String reporter,
    String responsibleSubject,
    String responsibleName,
    BigDecimal baselineValue,
    LocalDate baselineDate,
    List<Target> targets,
    long revision,
    int yearStart) {

  /** An indicator over calendar years. */
  public Indicator(String id, String missionId, String code, Texts name, Texts definition, String unit, Direction direction, Calculation calculation,
      Periodicity periodicity, List<String> disaggregations, String dataSource, String method, String reporter, String responsibleSubject, String responsibleName,
      BigDecimal baselineValue, LocalDate baselineDate, List<Target> targets, long revision) {
    this(id, missionId, code, name, definition, unit, direction, calculation, periodicity, disaggregations, dataSource, method, reporter, responsibleSubject,
        responsibleName, baselineValue, baselineDate, targets, revision, 1);
  }

  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(calculation, "calculation");
    Objects.requireNonNull(periodicity, "periodicity");
    Objects.requireNonNull(reporter, "reporter");
    if (yearStart < 1 || yearStart > 12) {
      throw new IllegalArgumentException("a year starts in a month from 1 to 12");
    }
    disaggregations = List.copyOf(disaggregations);
    targets = targets.stream().sorted(Comparator.comparing(Target::period)).toList();
    if ((baselineValue == null) != (baselineDate == null)) {
      throw new IllegalArgumentException("a baseline has a value and a date");
    }
  }

  /** Its periods: the periodicity over years starting in {@code yearStart} (the reporter's fiscal year when it was defined). */
  public Periods periods() {
    return new Periods(periodicity, yearStart);
  }

  public Optional<Target> target(LocalDate period) {
    return targets.stream().filter(t -> t.period().equals(period)).findFirst();
  }

  /** The last target: where the indicator should end up. */
  public Optional<Target> finalTarget() {
    return targets.isEmpty() ? Optional.empty() : Optional.of(targets.get(targets.size() - 1));
  }

  public boolean hasBaseline() {
    return baselineValue != null;
  }

  /** Whether a value of this indicator may be reported for the group ({@code "sex: female"}); null is the total. */
  public boolean allows(String disaggregation) {
    if (disaggregation == null) {
      return true;
    }
    int colon = disaggregation.indexOf(':');
    return colon > 0 && disaggregations.stream().anyMatch(d -> d.equalsIgnoreCase(disaggregation.substring(0, colon).strip()));
  }
}
