package org.missionhub.core.organisation.application;

import jakarta.inject.Inject;
import java.util.Optional;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;

/**
 * The organisations on MissionHub that anyone signed in may find, to invite them into a mission: active
 * ones other than the one the caller works in, and only what partners see of each other (name, slug, type,
 * country).
 */
@ApplicationService
public class OrganisationDirectory {

  private static final int MAX_SEARCH = 200;

  @Inject RequestContext request;
  @Inject OrganisationRepository organisations;

  public Page<Organisation> search(Optional<String> text, Optional<OrganisationType> type, PageRequest page) {
    request.caller();
    Optional<String> search = text.map(String::strip).filter(t -> !t.isEmpty());
    if (search.map(String::length).orElse(0) > MAX_SEARCH) {
      throw ApplicationException.invalid("q", "must be at most " + MAX_SEARCH + " characters");
    }
    return organisations.directory(search, type, request.organisation().map(o -> o.id()), page);
  }
}
