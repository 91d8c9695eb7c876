package org.missionhub.plugin.funding.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.funding.model.Alerts;
import org.missionhub.plugin.funding.model.BudgetCalendar;
import org.missionhub.plugin.funding.model.Flow;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.model.Gap;
import org.missionhub.plugin.funding.model.Mix;
import org.missionhub.plugin.funding.model.Need;
import org.missionhub.plugin.funding.model.Rates;
import org.missionhub.plugin.funding.service.FundingService;

/** The funding plan's JSON: amounts as decimal text with their currency, so that nothing is rounded on the way. */
public final class FundingDtos {

  private FundingDtos() {}

  public record FunderDto(String id, String name, String organisation, String sourceType, String iatiOrganisationType, String instrument, CalendarDto calendar,
      long revision) {

    static FunderDto of(Funder f, Function<String, String> slugs) {
      return new FunderDto(f.id(), f.name(), f.organisation() == null ? null : slugs.apply(f.organisation()), f.sourceType().name(), f.sourceType().iatiOrganisationType(),
          f.instrument().name(), CalendarDto.of(f.calendar()), f.revision());
    }
  }

  /** A funder's budget cycle, days of the year as ISO month-days ({@code --05-31}); null when not known. */
  public record CalendarDto(int fiscalYearStart, String opens, String closes, String approval, int yearsCovered) {

    static CalendarDto of(BudgetCalendar c) {
      return c == null ? null : new CalendarDto(c.fiscalYearStart(), c.opens() == null ? null : c.opens().toString(), c.closes().toString(),
          c.approval() == null ? null : c.approval().toString(), c.yearsCovered());
    }
  }

  /** A budget cycle that does not fit a need: the amount concerned in the mission's currency. */
  public record AlertDto(String kind, String initiative, String title, String funder, String funderName, int year, LocalDate day, String amount, String fiscalYear,
      String flow) {

    static AlertDto of(Alerts.Alert a, Map<String, String> titles, FundingService.View view) {
      return new AlertDto(a.kind().name(), a.initiativeId(), titles.get(a.initiativeId()), a.funderId(), view.plan().funder(a.funderId()).map(Funder::name).orElse(null),
          a.year(), a.day(), view.shows(a) ? text(a.amount()) : null, a.fiscalYear(), a.flowId());
    }
  }

  /** A funder's coming budget day for a fiscal year, and the initiatives it funds whose needs fall in it. */
  public record DeadlineDto(LocalDate day, String kind, String funder, String funderName, String fiscalYear, List<String> initiatives) {

    static DeadlineDto of(Alerts.Deadline d, FundingService.View view) {
      return new DeadlineDto(d.day(), d.kind().name(), d.funderId(), view.plan().funder(d.funderId()).map(Funder::name).orElse(null), d.fiscalYear(), d.initiatives());
    }
  }

  public record NeedDto(String id, String initiative, int year, String amount, String currency, long revision) {

    static NeedDto of(Need n) {
      return new NeedDto(n.id(), n.initiativeId(), n.year(), n.money().amount().toPlainString(), n.money().code(), n.revision());
    }
  }

  /** Money recorded; a confidential amount the caller may not see has no {@code amount} (it counts in the totals). */
  public record FlowDto(String id, String funder, String initiative, String stage, LocalDate date, String amount, String currency, boolean conditional, LocalDate expires,
      String note, boolean confidential, long revision) {

    static FlowDto of(Flow f, boolean shown) {
      return new FlowDto(f.id(), f.funderId(), f.initiativeId(), f.stage().name(), f.date(), shown ? f.money().amount().toPlainString() : null, f.money().code(),
          f.conditional(), f.expires(), f.note(), f.confidential(), f.revision());
    }
  }

  public record RateDto(String currency, LocalDate from, String rate) {}

  public record RatesDto(String currency, List<RateDto> rates) {

    static RatesDto of(Rates r) {
      return new RatesDto(r.missionCurrency().getCurrencyCode(),
          r.rates().stream().map(x -> new RateDto(x.currency().getCurrencyCode(), x.from(), x.rate().stripTrailingZeros().toPlainString())).toList());
    }
  }

  /** An initiative's money in the mission's currency. */
  public record GapDto(String initiative, String title, String needed, String pledged, String committed, String disbursed, String spent, String uncommitted,
      String committedShare) {

    static GapDto of(Gap g, String title) {
      return new GapDto(g.initiativeId(), title, text(g.needed()), text(g.pledged()), text(g.committed()), text(g.disbursed()), text(g.spent()), text(g.uncommitted()),
          g.committedShare() == null ? null : g.committedShare().toPlainString());
    }
  }

  /**
   * The whole plan: currency and rates, funders, needs, flows, the gap per initiative, what has no rate, the
   * budget cycles that do not fit, the coming budget days, and what the caller may do.
   */
  public record FundingDto(RatesDto rates, List<FunderDto> funders, List<NeedDto> needs, List<FlowDto> flows, List<GapDto> gaps, List<String> unconverted,
      List<AlertDto> alerts, List<DeadlineDto> deadlines, boolean canManage) {

    static FundingDto of(FundingService.View view, MissionScope scope, boolean canManage) {
      Map<String, String> slugs = scope.organisations().stream().map(MissionOrganisation::organisation)
          .collect(Collectors.toMap(o -> o.id().toString(), o -> o.slug(), (a, b) -> a));
      Map<String, String> titles = view.initiatives().stream().collect(Collectors.toMap(i -> i.id(), i -> i.title(), (a, b) -> a));
      return new FundingDto(RatesDto.of(view.plan().rates()), view.plan().funders().stream().map(f -> FunderDto.of(f, id -> slugs.getOrDefault(id, null))).toList(),
          view.plan().needs().stream().map(NeedDto::of).toList(), view.plan().flows().stream().map(f -> FlowDto.of(f, view.shows(f))).toList(),
          view.gaps().stream().map(g -> GapDto.of(g, titles.get(g.initiativeId()))).toList(), view.unconverted(),
          view.alerts().stream().map(a -> AlertDto.of(a, titles, view)).toList(), view.deadlines().stream().map(d -> DeadlineDto.of(d, view)).toList(), canManage);
    }
  }

  /** Where money comes from, by type of source, in one currency (over {@code missions} missions). */
  public record MixDto(String currency, int missions, String committed, List<ShareDto> sources) {

    static MixDto of(Mix mix) {
      return new MixDto(mix.currency().getCurrencyCode(), mix.missions(), text(mix.committed()), mix.shares().stream()
          .map(s -> new ShareDto(s.sourceType().name(), s.sourceType().iatiOrganisationType(), text(s.pledged()), text(s.committed()), text(s.disbursed()), text(s.spent()),
              s.committedShare() == null ? null : s.committedShare().toPlainString()))
          .toList());
    }
  }

  /** One type of source's money; {@code committedShare} in percent of the committed total. */
  public record ShareDto(String sourceType, String iatiOrganisationType, String pledged, String committed, String disbursed, String spent, String committedShare) {}

  private static String text(BigDecimal value) {
    return value.toPlainString();
  }
}
