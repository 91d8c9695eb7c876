package org.missionhub.core.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.persistence.PartnerRepository;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.persistence.MembershipRepository;
import org.missionhub.core.tenancy.Tenancy;

/**
 * Whether a person still sees what a notice leads to, when it is e-mailed: a mission is seen by the members
 * of its lead and of its accepted partners (the mission access rule). A notice leading nowhere, or to a page
 * that is not a mission's, is the sender's to judge.
 */
@ApplicationScoped
public class MissionVisibility {

  private static final Pattern MISSION_LINK = Pattern.compile("missions/([0-9a-f-]{36})(?:[/?#].*)?");

  @Inject PartnerRepository partners;
  @Inject Tenancy tenancy;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  /** Must run in a transaction. */
  public boolean sees(String subject, String link) {
    if (link == null) {
      return true;
    }
    Matcher mission = MISSION_LINK.matcher(link);
    if (!mission.matches()) {
      return true;
    }
    Mission found = em.find(Mission.class, mission.group(1));
    if (found == null) {
      return false;
    }
    List<Organisation> seeing = new ArrayList<>();
    seeing.add(found.lead());
    seeing.addAll(partners.acceptedOrganisations(found));
    return seeing.stream()
        .anyMatch(o -> tenancy.readAs(o.id(), e -> MembershipRepository.findBySubject(e, subject)).isPresent());
  }
}
