package org.missionhub.core.organisation.application;

import java.util.Objects;
import org.missionhub.api.organisation.OrganisationId;

/**
 * Fired synchronously, inside the transaction, before a membership is removed, so that features holding
 * data about the person in this organisation (mission roles) can clean up or refuse with an
 * {@link org.missionhub.core.shared.ApplicationException}.
 */
public record MembershipEnding(OrganisationId organisation, String subject) {

  public MembershipEnding {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(subject, "subject");
  }
}
