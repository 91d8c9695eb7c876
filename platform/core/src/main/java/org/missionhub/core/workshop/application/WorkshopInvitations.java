package org.missionhub.core.workshop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.missionhub.core.mail.domain.MailTexts;
import org.missionhub.core.mail.persistence.MailSettingsStore;
import org.missionhub.core.mission.domain.MissionRoleAssignment;
import org.missionhub.core.mission.persistence.RoleRepository;
import org.missionhub.core.notice.Notices;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.security.PermissionMatrix;
import org.missionhub.core.workshop.domain.Workshop;

/**
 * Invites the mission's people when a workshop opens for posting: everyone holding a role that may take part, but
 * the facilitator, each in their language, with a link to the workshop (in the app, and by e-mail as they chose).
 */
@ApplicationScoped
public class WorkshopInvitations {

  public static final String KIND = "WORKSHOP_OPENED";

  @Inject Notices notices;
  @Inject MailSettingsStore settings;
  @Inject RoleRepository roles;

  void invite(Workshop workshop, String bySubject, String byName) {
    Set<String> invited = new LinkedHashSet<>();
    for (MissionRoleAssignment role : roles.all(workshop.mission())) {
      if (PermissionMatrix.of(role.role()).contains(MissionPermission.COMMENT) && !role.person().subject().equals(bySubject)) {
        invited.add(role.person().subject());
      }
    }
    for (String subject : invited) {
      MailTexts texts = MailTexts.in(settings.languageOf(subject));
      String message = texts.text("notice.workshop", byName, workshop.title(), workshop.mission().title());
      notices.send(subject, null, KIND, null, message, link(workshop));
    }
  }

  /** The workshop's page in the app. */
  public static String link(Workshop workshop) {
    return "missions/" + workshop.mission().id() + "/workshops/" + workshop.id();
  }
}
