package org.missionhub.core.workshop.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.workshop.domain.Workshop;
import org.missionhub.core.workshop.domain.WorkshopNote;
import org.missionhub.core.workshop.domain.WorkshopParticipant;
import org.missionhub.core.workshop.domain.WorkshopPhase;
import org.missionhub.core.workshop.domain.WorkshopVote;

/** The workshops of missions and of the platform, their participants, notes and dots. */
@ApplicationScoped
public class WorkshopRepository {

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public List<Workshop> of(Mission mission) {
    return em.createQuery("SELECT w FROM Workshop w WHERE w.mission = :mission ORDER BY w.createdAt DESC, w.id", Workshop.class)
        .setParameter("mission", mission).getResultList();
  }

  /** The workshop, if it is one of the mission's. */
  public Optional<Workshop> find(Mission mission, String id) {
    Workshop workshop = id == null ? null : em.find(Workshop.class, id);
    return workshop != null && workshop.mission().orElse(null) == mission ? Optional.of(workshop) : Optional.empty();
  }

  /** A workshop the platform hosts. */
  public Optional<Workshop> onPlatform(String id) {
    Workshop workshop = id == null ? null : em.find(Workshop.class, id);
    return workshop != null && workshop.onPlatform() ? Optional.of(workshop) : Optional.empty();
  }

  /** The platform's workshops, newest first. */
  public List<Workshop> onPlatform() {
    return em.createQuery("SELECT w FROM Workshop w WHERE w.mission IS NULL ORDER BY w.createdAt DESC, w.id", Workshop.class).getResultList();
  }

  /** The platform's workshops that invite {@code organisation} and have opened, newest first. */
  public List<Workshop> inviting(OrganisationId organisation) {
    return em.createQuery("SELECT w FROM Workshop w WHERE w.mission IS NULL AND :organisation MEMBER OF w.invited AND w.phase <> :draft"
        + " ORDER BY w.createdAt DESC, w.id", Workshop.class)
        .setParameter("organisation", organisation.toString()).setParameter("draft", WorkshopPhase.DRAFT).getResultList();
  }

  /** The platform's workshops about a plugin's item, newest first. */
  public List<Workshop> about(String pluginId, String item) {
    return em.createQuery("SELECT w FROM Workshop w WHERE w.mission IS NULL AND w.aboutPlugin = :plugin AND w.aboutItem = :item ORDER BY w.createdAt DESC, w.id", Workshop.class)
        .setParameter("plugin", pluginId).setParameter("item", item).getResultList();
  }

  /** The note, if it is one of the workshop's. */
  public Optional<WorkshopNote> note(Workshop workshop, String id) {
    WorkshopNote note = id == null ? null : em.find(WorkshopNote.class, id);
    return note != null && note.workshop() == workshop ? Optional.of(note) : Optional.empty();
  }

  public List<WorkshopNote> notes(Workshop workshop) {
    return em.createQuery("SELECT n FROM WorkshopNote n WHERE n.workshop = :workshop ORDER BY n.prompt, n.createdAt, n.id", WorkshopNote.class)
        .setParameter("workshop", workshop).getResultList();
  }

  public long noteCount(Workshop workshop) {
    return em.createQuery("SELECT COUNT(n) FROM WorkshopNote n WHERE n.workshop = :workshop", Long.class).setParameter("workshop", workshop).getSingleResult();
  }

  public List<WorkshopParticipant> participants(Workshop workshop) {
    return em.createQuery("SELECT p FROM WorkshopParticipant p WHERE p.workshop = :workshop ORDER BY p.joinedAt, p.person.subject", WorkshopParticipant.class)
        .setParameter("workshop", workshop).getResultList();
  }

  public Optional<WorkshopParticipant> participant(Workshop workshop, String subject) {
    return em.createQuery("SELECT p FROM WorkshopParticipant p WHERE p.workshop = :workshop AND p.person.subject = :subject", WorkshopParticipant.class)
        .setParameter("workshop", workshop).setParameter("subject", subject).getResultList().stream().findFirst();
  }

  public List<WorkshopVote> votes(Workshop workshop) {
    return em.createQuery("SELECT v FROM WorkshopVote v WHERE v.note.workshop = :workshop", WorkshopVote.class).setParameter("workshop", workshop).getResultList();
  }

  public List<WorkshopVote> votesOf(Workshop workshop, String subject) {
    return em.createQuery("SELECT v FROM WorkshopVote v WHERE v.note.workshop = :workshop AND v.subject = :subject", WorkshopVote.class)
        .setParameter("workshop", workshop).setParameter("subject", subject).getResultList();
  }

  public List<WorkshopVote> votesOn(WorkshopNote note) {
    return em.createQuery("SELECT v FROM WorkshopVote v WHERE v.note = :note", WorkshopVote.class).setParameter("note", note).getResultList();
  }

  /** The dots each note of the workshop got, by note id. */
  public Map<String, Integer> tallies(Workshop workshop) {
    Map<String, Integer> tallies = new HashMap<>();
    em.createQuery("SELECT v.note.id, SUM(v.dots) FROM WorkshopVote v WHERE v.note.workshop = :workshop GROUP BY v.note.id", Object[].class)
        .setParameter("workshop", workshop).getResultList()
        .forEach(row -> tallies.put((String) row[0], ((Number) row[1]).intValue()));
    return tallies;
  }
}
