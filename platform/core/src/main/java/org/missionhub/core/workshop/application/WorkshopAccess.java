package org.missionhub.core.workshop.application;

import java.util.Objects;
import java.util.Optional;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.workshop.domain.Workshop;

/**
 * A workshop the caller may see, and what they may do in it: facilitate (move its phases, groups, moderate) and take
 * part (join, post, cluster, vote) for {@code organisation}, the organisation their notes are signed with.
 */
public record WorkshopAccess(Workshop workshop, boolean canFacilitate, Optional<OrganisationId> organisation) {

  public WorkshopAccess {
    Objects.requireNonNull(workshop, "workshop");
    Objects.requireNonNull(organisation, "organisation");
  }

  public boolean canTakePart() {
    return organisation.isPresent();
  }

  /** The workshop, if the caller facilitates it and it may still change; 403 or 409 otherwise. */
  public Workshop facilitated() {
    if (!canFacilitate) {
      throw ApplicationException.forbidden("Only the workshop's facilitators do this");
    }
    workshop.requireEditable();
    return workshop;
  }

  /** The organisation the caller takes part for; 403 if they only watch (an observer, or an analyst outside it). */
  public OrganisationId takingPart() {
    return organisation.orElseThrow(() -> ApplicationException.forbidden("You follow this workshop but do not take part in it"));
  }
}
