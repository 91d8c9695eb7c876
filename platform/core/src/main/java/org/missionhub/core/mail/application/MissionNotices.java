package org.missionhub.core.mail.application;

import org.missionhub.core.mail.persistence.MailSettingsStore;
import org.missionhub.core.mail.domain.MailTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.Set;
import org.missionhub.api.event.DecisionProposed;
import org.missionhub.api.event.RoleAssigned;
import org.missionhub.core.governance.domain.Decision;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionRoleAssignment;
import org.missionhub.core.mission.persistence.RoleRepository;
import org.missionhub.core.notice.Notices;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.security.PermissionMatrix;
import org.missionhub.core.security.RequestContext;

/**
 * Tells people what a mission now expects of them, in the change's transaction and each in their language:
 * a role they were given (by someone else), and a decision proposed for them to adopt or reject (those who
 * record decisions, but the proposer).
 */
@ApplicationScoped
public class MissionNotices {

  public static final String ROLE_KIND = "MISSION_ROLE_ASSIGNED";
  public static final String DECISION_KIND = "DECISION_PROPOSED";

  @Inject Notices notices;
  @Inject MailSettingsStore settings;
  @Inject RoleRepository roles;
  @Inject RequestContext request;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  private String bySubject() {
    return request.callerIfAuthenticated().map(c -> c.subject()).orElse("");
  }

  /** Who made the change: the person, or "MissionHub (...)" for the platform's own work. */
  private String byName() {
    return request.callerIfAuthenticated().map(c -> c.displayName()).orElse("MissionHub");
  }

  void onRoleAssigned(@Observes RoleAssigned assigned) {
    String by = bySubject();
    Mission mission = em.find(Mission.class, assigned.missionId().toString());
    if (mission == null || assigned.subject().equals(by)) {
      return;
    }
    MailTexts texts = MailTexts.in(settings.languageOf(assigned.subject()));
    String message = texts.text("notice.role", byName(), texts.text("role." + assigned.role()), mission.title());
    notices.send(assigned.subject(), null, ROLE_KIND, null, message, "missions/" + mission.id());
  }

  void onDecisionProposed(@Observes DecisionProposed proposed) {
    String by = bySubject();
    Mission mission = em.find(Mission.class, proposed.missionId().toString());
    Decision decision = em.find(Decision.class, proposed.decisionId());
    if (mission == null || decision == null) {
      return;
    }
    Set<String> deciders = new LinkedHashSet<>();
    for (MissionRoleAssignment role : roles.all(mission)) {
      if (PermissionMatrix.of(role.role()).contains(MissionPermission.RECORD_DECISIONS) && !role.person().subject().equals(by)) {
        deciders.add(role.person().subject());
      }
    }
    for (String subject : deciders) {
      MailTexts texts = MailTexts.in(settings.languageOf(subject));
      String message = texts.text("notice.decision", mission.title(), decision.title(), byName());
      notices.send(subject, null, DECISION_KIND, null, message, "missions/" + mission.id());
    }
  }
}
