package org.missionhub.plugin.funding.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.service.Forms.FlowForm;
import org.missionhub.plugin.funding.service.Forms.CalendarForm;
import org.missionhub.plugin.funding.service.Forms.FunderForm;
import org.missionhub.plugin.funding.service.Forms.NeedForm;
import org.missionhub.plugin.funding.service.Forms.RateForm;
import org.missionhub.plugin.funding.service.Forms.RatesForm;
import org.missionhub.plugin.funding.service.FundingService;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;
import org.missionhub.plugin.roadmap.api.PortfolioInitiatives;

/**
 * The demo missions' funding, as the seed describes it: mostly the state, some local and EU money, a
 * foundation here and there, in Danish kroner with a few amounts in euros and pounds; some initiatives well
 * covered and some far from it, so that the gaps say something.
 */
public final class FundingDemo {

  private final MissionScope scope;
  private final FundingService funding;
  private final PortfolioInitiatives roadmap;
  private final int year;

  public FundingDemo(MissionScope scope, FundingService funding, PortfolioInitiatives roadmap, LocalDate today) {
    this.scope = scope;
    this.funding = funding;
    this.roadmap = roadmap;
    this.year = today.getYear();
  }

  public void load() {
    funding.putRates(new RatesForm("DKK", List.of(new RateForm("EUR", "2024-01-01", "7.4600"), new RateForm("EUR", "2025-07-01", "7.4610"),
        new RateForm("GBP", "2024-01-01", "8.6500"))));
    // budget cycles: the state's requests close in May and the Finance Act passes in December; a municipality
    // budgets in the autumn; the foundation takes applications in September and October for three years
    Funder state = funding.addFunder(new FunderForm(null, slug(null), "NATIONAL_STATE", "GRANT", new CalendarForm(null, "--03-01", "--05-31", "--12-15", 1)));
    Optional<Funder> local = slug(OrganisationType.LOCAL_GOVERNMENT, false)
        .map(s -> funding.addFunder(new FunderForm(null, s, "LOCAL", "STAFF_TIME", new CalendarForm(null, null, "--08-31", "--10-15", 1))));
    Optional<Funder> own = slug(OrganisationType.NGO, false).or(() -> slug(OrganisationType.FOUNDATION, false))
        .map(s -> funding.addFunder(new FunderForm(null, s, "OWN_BUDGET", "GRANT", null)));
    Funder foundation = funding.addFunder(new FunderForm("Nordic Youth Foundation", null, "PHILANTHROPIC_FOUNDATION", "GRANT",
        new CalendarForm(1, "--09-01", "--10-31", "--12-01", 3)));
    Funder eu = funding.addFunder(new FunderForm("EU programme", null, "EU", "GRANT", null));
    List<PortfolioInitiative> initiatives = roadmap.initiatives(scope).stream().filter(i -> !i.stopped() && !"COMPLETED".equals(i.lifecycle())).toList();
    for (int n = 0; n < initiatives.size(); n++) {
      PortfolioInitiative initiative = initiatives.get(n);
      long base = 400_000L * (n % 3 + 1);
      need(initiative.id(), year, base);
      need(initiative.id(), year + 1, base * 3 / 2);
      need(initiative.id(), year + 2, base * 3 / 2);
      flow(state, initiative, "PLEDGE", year + "-01-20", base, "DKK", null);
      if (n % 3 != 2) {
        // two in three are committed well; the third only pledged, so its gap shows
        flow(state, initiative, "COMMITMENT", year + "-02-15", base * 3 / 4, "DKK", null);
        flow(state, initiative, "DISBURSEMENT", year + "-04-01", base / 2, "DKK", null);
        flow(state, initiative, "EXPENDITURE", year + "-06-30", base / 3, "DKK", null);
      }
      if (n == 0) {
        flow(eu, initiative, "COMMITMENT", year + "-03-01", 60_000, "EUR", year + 1 + "-12-31");
        flow(foundation, initiative, "PLEDGE", year + "-05-01", 25_000, "GBP", null);
      }
      local.filter(l -> initiatives.size() > 1).ifPresent(l -> flow(l, initiative, "COMMITMENT", year + "-01-31", base / 10, "DKK", null));
      own.ifPresent(o -> flow(o, initiative, "EXPENDITURE", year + "-03-31", base / 20, "DKK", null));
    }
  }

  private void need(String initiative, int needYear, long amount) {
    funding.putNeed(new NeedForm(initiative, needYear, Long.toString(amount), "DKK"));
  }

  private void flow(Funder funder, PortfolioInitiative initiative, String stage, String date, long amount, String currency, String expires) {
    // the demo keeps to the rules too: disbursements under a commitment, nothing after an initiative ends, no
    // spending before it starts (moved to its start)
    LocalDate day = LocalDate.parse(date);
    if ("EXPENDITURE".equals(stage) && initiative.start() != null && day.isBefore(initiative.start())) {
      day = initiative.start();
    }
    if (initiative.end() != null && day.isAfter(initiative.end())) {
      return;
    }
    funding.addFlow(new FlowForm(funder.id(), initiative.id(), stage, day.toString(), Long.toString(amount), currency, false, expires, null, false));
  }

  /** The slug of the mission's first co-managing organisation of that type (the lead for null). */
  private String slug(OrganisationType type) {
    return slug(type, true).orElseThrow();
  }

  private Optional<String> slug(OrganisationType type, boolean orLead) {
    List<MissionOrganisation> organisations = scope.organisations().stream().filter(MissionOrganisation::comanages).toList();
    Optional<String> found = organisations.stream().filter(o -> type == null ? o.lead() : !o.lead() && o.organisation().type() == type).findFirst()
        .map(o -> o.organisation().slug());
    return found.isPresent() || !orLead ? found : organisations.stream().filter(MissionOrganisation::lead).findFirst().map(o -> o.organisation().slug());
  }
}
