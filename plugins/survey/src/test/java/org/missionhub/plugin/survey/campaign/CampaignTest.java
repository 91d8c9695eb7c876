package org.missionhub.plugin.survey.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;
import org.missionhub.plugin.survey.version.InstrumentVersion;

class CampaignTest {

  private static final OffsetDateTime OPENS = OffsetDateTime.parse("2027-03-01T09:00:00Z");
  private static final OffsetDateTime CLOSES = OffsetDateTime.parse("2027-04-01T09:00:00Z");

  private static CampaignSettings settings(String title) {
    return new CampaignSettings(title, Optional.empty(), "needs", 1, Audience.EVERYONE, Unit.MISSION, false, true, 5, OPENS, CLOSES);
  }

  private static Campaign campaign() {
    return new Campaign("c1", settings("Wave 1"), Optional.empty(), OPENS.minusDays(10), "ines", 0);
  }

  @Test
  void itsDatesSayWhetherItIsScheduledOpenOrClosed() {
    assertThat(campaign().status(OPENS.minusSeconds(1))).isEqualTo(CampaignStatus.SCHEDULED);
    assertThat(campaign().status(OPENS)).isEqualTo(CampaignStatus.OPEN);
    assertThat(campaign().status(CLOSES)).isEqualTo(CampaignStatus.CLOSED);
  }

  @Test
  void onceOpenOnlyItsWordsAndCloseMayChange() {
    Campaign open = campaign();
    CampaignSettings widened = new CampaignSettings("Wave 1", Optional.empty(), "needs", 1, Audience.EVERYONE, Unit.PERSON, false, true, 3, OPENS, CLOSES.plusDays(7));

    assertThat(open.changed(settings("Wave one"), OPENS.plusDays(1)).settings().title()).isEqualTo("Wave one");
    assertThatThrownBy(() -> open.changed(widened, OPENS.plusDays(1)))
        .isInstanceOfSatisfying(InvalidCampaignException.class, e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("unit", "minimumCellSize"));
    assertThat(open.changed(widened, OPENS.minusDays(1)).settings().unit()).as("before it opens anything goes").isEqualTo(Unit.PERSON);
  }

  @Test
  void resultsArePublishedOnceAfterTheClose() {
    Campaign closed = campaign().closed(OPENS.plusDays(2));

    assertThat(closed.status(OPENS.plusDays(2))).isEqualTo(CampaignStatus.CLOSED);
    assertThatThrownBy(() -> campaign().withResultsPublished(OPENS.plusDays(1))).isInstanceOf(CampaignConflictException.class);
    Campaign published = closed.withResultsPublished(OPENS.plusDays(3));
    assertThat(published.resultsPublished()).isTrue();
    assertThat(published.revision()).isEqualTo(2);
    assertThatThrownBy(() -> published.withResultsPublished(OPENS.plusDays(4))).isInstanceOf(CampaignConflictException.class);
  }

  @Test
  void anAudienceFiltersByTypeAndCountry() {
    Audience nordicNgos = new Audience(Set.of(OrganisationType.NGO), Set.of("DK", "SE"));

    assertThat(nordicNgos.includes(org(OrganisationType.NGO, "DK"))).isTrue();
    assertThat(nordicNgos.includes(org(OrganisationType.NGO, "FR"))).isFalse();
    assertThat(nordicNgos.includes(org(OrganisationType.FOUNDATION, "DK"))).isFalse();
    assertThat(Audience.EVERYONE.includes(org(OrganisationType.FOUNDATION, "FR"))).isTrue();
  }

  @Test
  void rulesDefaultTheMinimumCellSizeToFiveAndRefuseADraftInstrument() {
    InstrumentVersion draft = InstrumentVersion.first(NeedsAssessmentTemplate.instrument(), "ines", OPENS);
    CampaignRules rules = new CampaignRules((owner, code, number) -> Optional.of(draft));
    CampaignForm form = new CampaignForm("Wave", null, new CampaignForm.InstrumentRef(draft.code(), 1, null), null, null, null, null, null, OPENS.toString(), CLOSES.toString());

    assertThatThrownBy(() -> rules.check(form, OPENS))
        .isInstanceOfSatisfying(InvalidCampaignException.class, e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("instrument.version"));
    CampaignRules published = new CampaignRules((owner, code, number) -> Optional.of(draft.published(OPENS)));
    CampaignSettings settings = published.check(form, OPENS);
    assertThat(settings.minimumCellSize()).isEqualTo(5);
    assertThat(settings.unit()).isEqualTo(Unit.MISSION);
    assertThat(settings.audience()).isEqualTo(Audience.EVERYONE);
    assertThat(List.of(settings.anonymous(), settings.editableAfterSubmit())).containsOnly(false);
  }

  private static OrganisationFacts org(OrganisationType type, String country) {
    return new OrganisationFacts(OrganisationId.of("00000000-0000-4000-8000-000000000001"), "x", "X", type, country);
  }
}
