package org.missionhub.core.mission.application;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.mission.domain.Charter;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;

/**
 * Starts a mission with its first partners invited, all or nothing: a partner that cannot be invited
 * leaves no half-created mission behind. (The API does the same in two calls: create, then invite.)
 */
@ApplicationService
public class MissionLaunch {

  static final int MAX_FIRST_PARTNERS = 20;

  @Inject MissionService missions;
  @Inject PartnerService partners;

  public Mission launch(@NotNull @Valid Charter charter, @NotNull @Size(max = MAX_FIRST_PARTNERS) List<String> partnerSlugs) {
    return launch(charter, partnerSlugs, Locale.ENGLISH);
  }

  /** As {@link #launch(Charter, List)}, with the starting risks written in {@code language}. */
  public Mission launch(@NotNull @Valid Charter charter, @NotNull @Size(max = MAX_FIRST_PARTNERS) List<String> partnerSlugs, Locale language) {
    Mission mission = missions.create(charter, language);
    String missionId = mission.id().toString();
    int index = 0;
    for (String slug : new LinkedHashSet<>(partnerSlugs)) {
      if (mission.lead().slug().equals(slug)) {
        throw ApplicationException.invalid("partners[" + index + "]", "the lead organisation cannot be its own partner");
      }
      try {
        partners.invite(missionId, new PartnerInvitation(slug));
      } catch (ApplicationException e) {
        if (e.kind() == ProblemKind.VALIDATION) {
          String reason = e.fieldErrors().isEmpty() ? e.getMessage() : e.fieldErrors().get(0).message();
          throw ApplicationException.invalid("partners[" + index + "]", slug + ": " + reason);
        }
        throw e;
      }
      index++;
    }
    return mission;
  }
}
