package org.missionhub.core.testing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.mission.domain.Charter;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.organisation.domain.Organisation;

/** Domain objects for unit tests without a database; a fixed clock keeps timestamps predictable. */
public final class DomainObjects {

  /** The instant every unit test starts from. */
  public static final OffsetDateTime T0 = OffsetDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  private DomainObjects() {}

  public static Organisation organisation(String slug) {
    return new Organisation(slug, "Org " + slug, OrganisationType.NGO, "DK", OrganisationStatus.ACTIVE, T0);
  }

  public static Charter charter(String title) {
    return new Charter(
        title,
        "Halve traffic deaths by 2030",
        ChallengeArea.MOBILITY,
        "50% fewer deaths",
        true,
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2030, 12, 31),
        GovernanceMode.HYBRID);
  }

  public static Charter charter(LocalDate start, LocalDate end) {
    return new Charter(
        "Safe streets", "Halve traffic deaths", ChallengeArea.MOBILITY, null, false, start, end, GovernanceMode.TOP_DOWN);
  }

  public static Mission mission(Organisation lead) {
    return new Mission(lead, charter("Safe streets"), "creator-subject", T0);
  }
}
