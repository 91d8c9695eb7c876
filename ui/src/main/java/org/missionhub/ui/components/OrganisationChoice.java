package org.missionhub.ui.components;

import com.vaadin.flow.component.Component;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.organisation.domain.Organisation;

/** An organisation offered as a partner: a value (equal by content), so selections survive re-fetching. */
public record OrganisationChoice(String slug, String name, OrganisationType type, String country) {

  public static OrganisationChoice of(Organisation organisation) {
    return new OrganisationChoice(organisation.slug(), organisation.name(), organisation.type(), organisation.country());
  }

  public String label(Component translator) {
    return name + " (" + translator.getTranslation("orgtype." + type.name()) + ", " + country + ")";
  }
}
