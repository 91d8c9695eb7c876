package org.missionhub.plugin.funding.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.funding.model.Flow;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.model.Gap;
import org.missionhub.plugin.funding.model.Need;
import org.missionhub.plugin.funding.model.Rates;
import org.missionhub.plugin.funding.service.FundingService;

/** The funding plan's JSON: amounts as decimal text with their currency, so that nothing is rounded on the way. */
public final class FundingDtos {

  private FundingDtos() {}

  public record FunderDto(String id, String name, String organisation, String sourceType, String iatiOrganisationType, String instrument, long revision) {

    static FunderDto of(Funder f, Function<String, String> slugs) {
      return new FunderDto(f.id(), f.name(), f.organisation() == null ? null : slugs.apply(f.organisation()), f.sourceType().name(), f.sourceType().iatiOrganisationType(),
          f.instrument().name(), f.revision());
    }
  }

  public record NeedDto(String id, String initiative, int year, String amount, String currency, long revision) {

    static NeedDto of(Need n) {
      return new NeedDto(n.id(), n.initiativeId(), n.year(), n.money().amount().toPlainString(), n.money().code(), n.revision());
    }
  }

  public record FlowDto(String id, String funder, String initiative, String stage, LocalDate date, String amount, String currency, boolean conditional, LocalDate expires,
      String note, long revision) {

    static FlowDto of(Flow f) {
      return new FlowDto(f.id(), f.funderId(), f.initiativeId(), f.stage().name(), f.date(), f.money().amount().toPlainString(), f.money().code(), f.conditional(), f.expires(),
          f.note(), f.revision());
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

  /** The whole plan: currency and rates, funders, needs, flows, the gap per initiative, what has no rate, and what the caller may do. */
  public record FundingDto(RatesDto rates, List<FunderDto> funders, List<NeedDto> needs, List<FlowDto> flows, List<GapDto> gaps, List<String> unconverted,
      boolean canManage) {

    static FundingDto of(FundingService.View view, MissionScope scope, boolean canManage) {
      Map<String, String> slugs = scope.organisations().stream().map(MissionOrganisation::organisation)
          .collect(Collectors.toMap(o -> o.id().toString(), o -> o.slug(), (a, b) -> a));
      Map<String, String> titles = view.initiatives().stream().collect(Collectors.toMap(i -> i.id(), i -> i.title(), (a, b) -> a));
      return new FundingDto(RatesDto.of(view.plan().rates()), view.plan().funders().stream().map(f -> FunderDto.of(f, id -> slugs.getOrDefault(id, null))).toList(),
          view.plan().needs().stream().map(NeedDto::of).toList(), view.plan().flows().stream().map(FlowDto::of).toList(),
          view.gaps().stream().map(g -> GapDto.of(g, titles.get(g.initiativeId()))).toList(), view.unconverted(), canManage);
    }
  }

  private static String text(BigDecimal value) {
    return value.toPlainString();
  }
}
