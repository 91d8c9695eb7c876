package org.missionhub.plugin.evaluation.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Progress;
import org.missionhub.plugin.evaluation.model.Target;
import org.missionhub.plugin.evaluation.model.Texts;
import org.missionhub.plugin.evaluation.service.Access;

/** Indicators as the API answers them: periods by name, numbers as exact decimal text, organisations by slug and name. */
public final class EvaluationDtos {

  private EvaluationDtos() {}

  public record OrganisationRef(String id, String slug, String name) {}

  /**
   * The mission's organisations by id, read once for a whole answer (each {@code scope.organisations()} is
   * a query); an id no longer among them is a former organisation.
   */
  static Function<String, OrganisationRef> organisations(MissionScope scope) {
    Map<String, OrganisationRef> byId = new HashMap<>();
    scope.organisations().stream().map(MissionOrganisation::organisation)
        .forEach(o -> byId.put(o.id().toString(), new OrganisationRef(o.id().toString(), o.slug(), o.name())));
    return id -> byId.getOrDefault(id, new OrganisationRef(id, null, "Former organisation"));
  }

  public record TargetDto(String period, String value, String upper) {
    static TargetDto of(Indicator indicator, Target t) {
      return new TargetDto(indicator.periods().name(t.period()), text(t.value()), text(t.upper()));
    }
  }

  public record ProgressDto(String current, LocalDate asOf, String expected, String percent, String track) {
    static ProgressDto of(Progress p) {
      return new ProgressDto(text(p.current()), p.asOf(), text(p.expected()), text(p.percent()), p.track().name());
    }
  }

  public record ActualDto(
      String id, String period, String disaggregation, String value, String source, String comment, String verification, String verificationNote,
      String reportedBy, String reportedByName, OrganisationRef reportingOrganisation, OffsetDateTime reportedAt, long revision) {
    static ActualDto of(Indicator indicator, Actual a, Function<String, OrganisationRef> organisations) {
      return new ActualDto(
          a.id(), indicator.periods().name(a.period()), a.disaggregation(), text(a.value()), a.source(), a.comment(), a.verification().name(), a.verificationNote(),
          a.reportedBy(), a.reportedByName(), organisations.apply(a.reportingOrganisation()), a.reportedAt(), a.revision());
    }
  }

  public record IndicatorDto(
      String id, String code, Map<String, String> name, Map<String, String> definition, String unit, String direction, String calculation, String periodicity, int yearStart,
      List<String> disaggregations, String dataSource, String method, OrganisationRef reporter, String responsible, String responsibleName, String baseline, LocalDate baselineDate, List<TargetDto> targets,
      ProgressDto progress, List<ActualDto> actuals, boolean canReport, long revision) {

    static IndicatorDto of(Indicator i, Board board, Function<String, OrganisationRef> organisations, Access access) {
      return new IndicatorDto(
          i.id(), i.code(), texts(i.name()), texts(i.definition()), i.unit(), i.direction().name(), i.calculation().name(), i.periodicity().name(), i.yearStart(),
          i.disaggregations(), i.dataSource(), i.method(), organisations.apply(i.reporter()), i.responsibleSubject(), i.responsibleName(), text(i.baselineValue()), i.baselineDate(),
          i.targets().stream().map(t -> TargetDto.of(i, t)).toList(), ProgressDto.of(board.progress(i)),
          board.actualsOf(i.id()).stream().map(a -> ActualDto.of(i, a, organisations)).toList(), access.mayReport(i), i.revision());
    }
  }

  public record EvaluationDto(List<IndicatorDto> indicators, boolean canManage, boolean canVerify) {
    static EvaluationDto of(Board board, MissionScope scope, Access access) {
      Function<String, OrganisationRef> organisations = organisations(scope);
      return new EvaluationDto(board.indicators().stream().map(i -> IndicatorDto.of(i, board, organisations, access)).toList(), access.manages(), access.verifies());
    }
  }

  static String text(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  private static Map<String, String> texts(Texts texts) {
    if (texts == null) {
      return Map.of();
    }
    Map<String, String> all = new java.util.LinkedHashMap<>();
    all.put("en", texts.en());
    if (texts.fr() != null) {
      all.put("fr", texts.fr());
    }
    if (texts.da() != null) {
      all.put("da", texts.da());
    }
    return all;
  }
}
