package org.missionhub.core.erasure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.missionhub.core.discussion.domain.Comment;
import org.missionhub.core.export.domain.ExportRecord;
import org.missionhub.core.feed.domain.FeedSubscription;
import org.missionhub.core.webhook.domain.WebhookAttempt;
import org.missionhub.core.webhook.domain.WebhookDelivery;
import org.missionhub.core.webhook.domain.WebhookEndpoint;
import org.missionhub.core.governance.domain.Decision;
import org.missionhub.core.governance.domain.GovernanceBody;
import org.missionhub.core.governance.domain.Risk;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionPartner;
import org.missionhub.core.mission.domain.MissionRoleAssignment;
import org.missionhub.core.organisation.domain.MemberInvitation;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.plugin.domain.PluginEnablement;

/**
 * The reads an erasure needs across core's slices: what an organisation leads, takes part in and wrote,
 * and everything hanging off a mission that goes. Entities, so that removing them goes through the audit
 * listener like any other change (no bulk statements).
 */
@ApplicationScoped
public class ErasureQueries {

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  /** Missions the organisation leads, archived ones included. */
  public List<Mission> missionsLedBy(Organisation organisation) {
    return em.createQuery("SELECT m FROM Mission m WHERE m.lead = :org ORDER BY m.title, m.id", Mission.class)
        .setParameter("org", organisation)
        .getResultList();
  }

  /** Its partnerships in other organisations' missions, in any state. */
  public List<MissionPartner> partnershipsOf(Organisation organisation) {
    return em.createQuery("SELECT p FROM MissionPartner p WHERE p.organisation = :org AND p.mission.lead <> :org ORDER BY p.mission.id", MissionPartner.class)
        .setParameter("org", organisation)
        .getResultList();
  }

  /** Comments its people wrote for it in one mission. */
  public List<Comment> commentsFor(Mission mission, Organisation organisation) {
    return em.createQuery("SELECT c FROM Comment c WHERE c.mission = :mission AND c.authorOrganisation = :org", Comment.class)
        .setParameter("mission", mission)
        .setParameter("org", organisation)
        .getResultList();
  }

  /** Workshop notes its people wrote for it in one mission. */
  public List<org.missionhub.core.workshop.domain.WorkshopNote> workshopNotesFor(Mission mission, Organisation organisation) {
    return em.createQuery("SELECT n FROM WorkshopNote n WHERE n.workshop.mission = :mission AND n.authorOrganisation = :org", org.missionhub.core.workshop.domain.WorkshopNote.class)
        .setParameter("mission", mission)
        .setParameter("org", organisation)
        .getResultList();
  }

  /** Its people taking part in the mission's workshops (they leave the workshops and their groups). */
  public List<Object> workshopParticipantsFor(Mission mission, Organisation organisation) {
    return em.createQuery("SELECT p FROM WorkshopParticipant p WHERE p.workshop.mission = :mission AND p.organisation = :org", Object.class)
        .setParameter("mission", mission)
        .setParameter("org", organisation)
        .getResultList();
  }

  /** Notes its people wrote in the platform's cross-organisation workshops (they stay, anonymised). */
  public List<org.missionhub.core.workshop.domain.WorkshopNote> platformWorkshopNotesFor(Organisation organisation) {
    return em.createQuery("SELECT n FROM WorkshopNote n WHERE n.workshop.mission IS NULL AND n.authorOrganisation = :org", org.missionhub.core.workshop.domain.WorkshopNote.class)
        .setParameter("org", organisation)
        .getResultList();
  }

  /** Its people taking part in the platform's cross-organisation workshops (they leave them and their groups). */
  public List<Object> platformWorkshopParticipantsFor(Organisation organisation) {
    return em.createQuery("SELECT p FROM WorkshopParticipant p WHERE p.workshop.mission IS NULL AND p.organisation = :org", Object.class)
        .setParameter("org", organisation)
        .getResultList();
  }

  /** How many comments its people wrote for it in missions it does not lead (they stay, anonymised). */
  public long commentsElsewhere(Organisation organisation) {
    return em.createQuery("SELECT COUNT(c) FROM Comment c WHERE c.authorOrganisation = :org AND c.mission.lead <> :org", Long.class)
        .setParameter("org", organisation)
        .getSingleResult();
  }

  /** Everything of a mission that goes with it, children first. */
  public List<Object> missionContent(Mission mission) {
    List<Object> content = new ArrayList<>();
    content.addAll(em.createQuery("SELECT v FROM WorkshopVote v WHERE v.note.workshop.mission = :mission", Object.class).setParameter("mission", mission).getResultList());
    content.addAll(em.createQuery("SELECT n FROM WorkshopNote n WHERE n.workshop.mission = :mission", Object.class).setParameter("mission", mission).getResultList());
    content.addAll(em.createQuery("SELECT p FROM WorkshopParticipant p WHERE p.workshop.mission = :mission", Object.class).setParameter("mission", mission).getResultList());
    content.addAll(byMission(Object.class, "Workshop", mission));
    content.addAll(byMission(Comment.class, "Comment", mission));
    content.addAll(byMission(Decision.class, "Decision", mission));
    content.addAll(byMission(Risk.class, "Risk", mission));
    content.addAll(byMission(GovernanceBody.class, "GovernanceBody", mission));
    content.addAll(byMission(MissionRoleAssignment.class, "MissionRoleAssignment", mission));
    content.addAll(byMission(MissionPartner.class, "MissionPartner", mission));
    return content;
  }

  /**
   * The bound organisation's invitations, plugin choices, export records, feed subscriptions and webhooks (their
   * attempts and deliveries first), all tenant-scoped. Deliveries still queued are dropped when their turn comes.
   */
  public List<Object> tenantRecords() {
    List<Object> records = new ArrayList<>();
    records.addAll(em.createQuery("SELECT i FROM MemberInvitation i", MemberInvitation.class).getResultList());
    records.addAll(em.createQuery("SELECT e FROM PluginEnablement e", PluginEnablement.class).getResultList());
    records.addAll(em.createQuery("SELECT x FROM ExportRecord x", ExportRecord.class).getResultList());
    records.addAll(em.createQuery("SELECT f FROM FeedSubscription f", FeedSubscription.class).getResultList());
    records.addAll(em.createQuery("SELECT a FROM WebhookAttempt a", WebhookAttempt.class).getResultList());
    records.addAll(em.createQuery("SELECT d FROM WebhookDelivery d", WebhookDelivery.class).getResultList());
    records.addAll(em.createQuery("SELECT e FROM WebhookEndpoint e", WebhookEndpoint.class).getResultList());
    return records;
  }

  public long invitationCount() {
    return em.createQuery("SELECT COUNT(i) FROM MemberInvitation i", Long.class).getSingleResult();
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  private <T> List<T> byMission(Class<T> type, String entity, Mission mission) {
    return em.createQuery("SELECT x FROM " + entity + " x WHERE x.mission = :mission", type).setParameter("mission", mission).getResultList();
  }
}
