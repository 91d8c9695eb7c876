package org.missionhub.core.workshop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;

/**
 * The organisations a platform workshop invites: from the slugs of an analyst's plan (each one active, every problem
 * named), or the active ones among those a plugin names.
 */
@ApplicationScoped
class InvitedOrganisations {

  @Inject OrganisationRepository organisations;

  Set<OrganisationId> resolve(List<String> slugs) {
    if (slugs == null || slugs.isEmpty()) {
      throw ApplicationException.invalid("organisations", "invite at least one organisation (their slugs)");
    }
    Set<OrganisationId> invited = new LinkedHashSet<>();
    List<FieldError> problems = new ArrayList<>();
    for (int i = 0; i < slugs.size(); i++) {
      String slug = slugs.get(i).strip();
      var found = organisations.findBySlug(slug).filter(Organisation::isActive);
      if (found.isEmpty()) {
        problems.add(new FieldError("organisations[" + i + "]", "is not an active organisation: " + slug));
      } else {
        invited.add(found.get().id());
      }
    }
    if (!problems.isEmpty()) {
      throw ApplicationException.invalid(problems);
    }
    return invited;
  }

  /** The active organisations among {@code named}, in their order. */
  Set<OrganisationId> activeAmong(Set<OrganisationId> named) {
    Set<OrganisationId> active = new LinkedHashSet<>();
    named.stream().filter(o -> organisations.find(o).filter(Organisation::isActive).isPresent()).forEach(active::add);
    return active;
  }
}
