package org.missionhub.core.workshop.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;

/** A workshop the platform hosts: it invites organisations, at least one, changed only while it is prepared. */
class PlatformWorkshopTest {

  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 6, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final OrganisationId MINISTRY = OrganisationId.of("11111111-1111-4111-8111-111111111111");
  private static final OrganisationId NGO = OrganisationId.of("22222222-2222-4222-8222-222222222222");
  private static final OrganisationId OUTSIDER = OrganisationId.of("33333333-3333-4333-8333-333333333333");

  private final Person analyst = new Person("analyst", "Ines Moreau", "ines@example.org", NOW);
  private final WorkshopPlan plan = new WorkshopPlan("Peers", List.of(" What makes a good mission? "), false, 3, 4, null);

  @Test
  void itInvitesTheOrganisationsNamedAndNoOther() {
    Workshop workshop = Workshop.onPlatform(analyst, plan, Set.of(MINISTRY, NGO), NOW);
    assertThat(workshop.onPlatform()).isTrue();
    assertThat(workshop.mission()).isEmpty();
    assertThat(workshop.invites(MINISTRY)).isTrue();
    assertThat(workshop.invites(OUTSIDER)).isFalse();
    assertThat(workshop.invited()).containsExactlyInAnyOrder(MINISTRY, NGO);
    assertThat(workshop.prompts()).containsExactly("What makes a good mission?");
    assertThat(workshop.isFacilitatedBy("analyst")).isTrue();
    // no mission to be archived: it changes as long as its phase allows
    workshop.requireEditable();
  }

  @Test
  void withoutAnOrganisationItIsRefusedNamingTheField() {
    assertThatThrownBy(() -> Workshop.onPlatform(analyst, plan, Set.of(), NOW))
        .isInstanceOfSatisfying(ApplicationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("organisations"));
  }

  @Test
  void theInvitationsChangeWhileItIsPreparedOnly() {
    Workshop workshop = Workshop.onPlatform(analyst, plan, Set.of(MINISTRY), NOW);
    workshop.plan(plan, Set.of(NGO, OUTSIDER), NOW.plusMinutes(1));
    assertThat(workshop.invited()).containsExactlyInAnyOrder(NGO, OUTSIDER);
    workshop.moveTo(WorkshopPhase.POSTING, NOW.plusMinutes(2));
    assertThatThrownBy(() -> workshop.plan(plan, Set.of(MINISTRY), NOW.plusMinutes(3))).isInstanceOf(ApplicationException.class);
    assertThat(workshop.invited()).containsExactlyInAnyOrder(NGO, OUTSIDER);
  }

  @Test
  void aPluginsWorkshopNamesTheItemItIsAbout() {
    Workshop workshop = Workshop.about("survey", "campaign/42", analyst, plan, Set.of(NGO), NOW);
    assertThat(workshop.aboutItemOf("survey")).contains("campaign/42");
    assertThat(workshop.aboutItemOf("roadmap")).isEmpty();
    assertThatThrownBy(() -> Workshop.about("survey", " ", analyst, plan, Set.of(NGO), NOW))
        .isInstanceOfSatisfying(ApplicationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("item"));
    assertThat(Workshop.onPlatform(analyst, plan, Set.of(NGO), NOW).aboutItemOf("survey")).isEmpty();
  }
}
