package org.missionhub.core.workshop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.mail.domain.MailTexts;
import org.missionhub.core.mail.persistence.MailSettingsStore;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionRoleAssignment;
import org.missionhub.core.mission.persistence.RoleRepository;
import org.missionhub.core.notice.Notices;
import org.missionhub.core.organisation.application.OrganisationMembers;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.security.PermissionMatrix;
import org.missionhub.core.workshop.domain.Workshop;

/**
 * Invites a workshop's people when it opens for posting, each in their language, with a link to the workshop (in
 * the app, and by e-mail as they chose), never the one who opened it: for a mission's workshop everyone holding a
 * role in the mission that may take part; for a platform workshop every member of the invited organisations.
 */
@ApplicationScoped
public class WorkshopInvitations {

  public static final String KIND = "WORKSHOP_OPENED";

  @Inject Notices notices;
  @Inject MailSettingsStore settings;
  @Inject RoleRepository roles;
  @Inject OrganisationRepository organisations;
  @Inject OrganisationMembers members;

  void invite(Workshop workshop, String bySubject, String byName) {
    if (workshop.mission().isPresent()) {
      inviteMission(workshop, workshop.mission().get(), bySubject, byName);
      return;
    }
    for (OrganisationId organisation : workshop.invited()) {
      String name = organisations.find(organisation).map(o -> o.name()).orElse("");
      for (String subject : members.of(organisation)) {
        if (!subject.equals(bySubject)) {
          MailTexts texts = MailTexts.in(settings.languageOf(subject));
          notices.send(subject, null, KIND, null, texts.text("notice.workshop.platform", byName, name, workshop.title()), link(workshop));
        }
      }
    }
  }

  private void inviteMission(Workshop workshop, Mission mission, String bySubject, String byName) {
    Set<String> invited = new LinkedHashSet<>();
    for (MissionRoleAssignment role : roles.all(mission)) {
      if (PermissionMatrix.of(role.role()).contains(MissionPermission.COMMENT) && !role.person().subject().equals(bySubject)) {
        invited.add(role.person().subject());
      }
    }
    for (String subject : invited) {
      MailTexts texts = MailTexts.in(settings.languageOf(subject));
      String message = texts.text("notice.workshop", byName, workshop.title(), mission.title());
      notices.send(subject, null, KIND, null, message, link(workshop));
    }
  }

  /** The workshop's page in the app. */
  public static String link(Workshop workshop) {
    return workshop.mission().map(m -> "missions/" + m.id() + "/workshops/" + workshop.id()).orElse("workshops/" + workshop.id());
  }
}
