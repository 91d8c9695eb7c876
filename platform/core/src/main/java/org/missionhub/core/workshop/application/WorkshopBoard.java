package org.missionhub.core.workshop.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.organisation.application.People;
import org.missionhub.core.organisation.application.PersonDetails;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.TimeSource;
import org.missionhub.core.workshop.domain.Workshop;
import org.missionhub.core.workshop.domain.WorkshopNote;
import org.missionhub.core.workshop.domain.WorkshopParticipant;
import org.missionhub.core.workshop.domain.WorkshopVote;
import org.missionhub.core.workshop.persistence.WorkshopRepository;

/**
 * The workshop's board: people join, post notes for its prompts (seen only by their authors until the reveal), put
 * notes in clusters, and spend their dots. Everyone who may comment in the mission (or, on the platform, the people
 * of the invited organisations) takes part; observers and analysts read once the notes are revealed. Every change
 * tells the open workshop pages (Push).
 */
@ApplicationService
public class WorkshopBoard {

  @Inject WorkshopAccessGuard guard;
  @Inject WorkshopRepository workshops;
  @Inject WorkshopGroups groups;
  @Inject People people;
  @Inject OrganisationRepository organisations;
  @Inject RequestContext request;
  @Inject TimeSource time;
  @Inject Event<WorkshopChanged> changed;

  /** The caller takes part (again: nothing changes); once the groups are formed, they join one. */
  public WorkshopParticipant join(WorkshopHost host, String workshopId) {
    return join(guard.access(host, workshopId));
  }

  /** The notes the caller may see: only their own before the reveal. */
  public List<NoteView> notes(WorkshopHost host, String workshopId) {
    Workshop workshop = guard.access(host, workshopId).workshop();
    String me = request.caller().subject();
    boolean all = workshop.phase().showsAllNotes();
    boolean closed = workshop.phase() == org.missionhub.core.workshop.domain.WorkshopPhase.CLOSED;
    Map<String, Integer> mine = new java.util.HashMap<>();
    workshops.votesOf(workshop, me).forEach(v -> mine.put(v.note().id(), v.dots()));
    Map<String, Integer> tallies = closed ? workshops.tallies(workshop) : Map.of();
    boolean named = !workshop.anonymous();
    return workshops.notes(workshop).stream()
        .filter(n -> all || n.isBy(me))
        .map(n -> new NoteView(n, n.isBy(me), named ? Optional.of(n.author().displayName()) : Optional.empty(),
            named ? Optional.of(n.authorOrganisation().name()) : Optional.empty(), mine.getOrDefault(n.id(), 0),
            closed ? Optional.of(tallies.getOrDefault(n.id(), 0)) : Optional.empty()))
        .toList();
  }

  public WorkshopNote post(WorkshopHost host, String workshopId, Integer prompt, String body) {
    WorkshopAccess access = guard.access(host, workshopId);
    access.takingPart();
    Workshop workshop = access.workshop();
    requireNotes(workshop);
    if (prompt == null) {
      throw ApplicationException.invalid("prompt", "is required: the number of the prompt, from 0");
    }
    WorkshopParticipant me = join(access);
    WorkshopNote note = new WorkshopNote(workshop, prompt, me.person(), me.organisation(), body, time.now());
    workshops.add(note);
    tell(workshop);
    return note;
  }

  /** The author's new text, while notes are accepted. */
  public WorkshopNote rewrite(WorkshopHost host, String workshopId, String noteId, long expectedVersion, String body) {
    WorkshopAccess access = guard.access(host, workshopId);
    access.takingPart();
    Workshop workshop = access.workshop();
    requireNotes(workshop);
    WorkshopNote note = note(workshop, noteId, expectedVersion);
    if (!note.isBy(request.caller().subject())) {
      throw ApplicationException.forbidden("Only the author can change a note");
    }
    note.rewrite(body);
    tell(workshop);
    return note;
  }

  /** Removed by its author while notes are accepted, or at any time by a facilitator (moderation). */
  public void remove(WorkshopHost host, String workshopId, String noteId, long expectedVersion) {
    WorkshopAccess access = guard.access(host, workshopId);
    Workshop workshop = access.workshop();
    workshop.requireEditable();
    WorkshopNote note = note(workshop, noteId, expectedVersion);
    boolean author = note.isBy(request.caller().subject()) && access.canTakePart() && workshop.phase().acceptsNotes();
    if (!author && !access.canFacilitate()) {
      throw ApplicationException.forbidden("Only the author (while notes are posted) or a facilitator removes a note");
    }
    workshops.votesOn(note).forEach(workshops::remove);
    workshops.remove(note);
    tell(workshop);
  }

  /** Puts a note in a cluster (a blank label takes it out), after the reveal and in the breakout groups. */
  public WorkshopNote cluster(WorkshopHost host, String workshopId, String noteId, String label) {
    WorkshopAccess access = guard.access(host, workshopId);
    access.takingPart();
    Workshop workshop = access.workshop();
    workshop.requireEditable();
    if (!workshop.phase().acceptsClustering()) {
      throw ApplicationException.conflict("Notes are clustered after the reveal and in the breakout groups, not while the workshop is " + workshop.phase());
    }
    WorkshopNote note = workshops.note(workshop, noteId).orElseThrow(() -> ApplicationException.notFound("Note"));
    note.cluster(label);
    tell(workshop);
    return note;
  }

  /**
   * The caller's dots on a note (0 takes them back), while voting; at most the workshop's dots per person in all,
   * else the field {@code dots} is refused saying how many are left.
   */
  public int vote(WorkshopHost host, String workshopId, String noteId, Integer dots) {
    WorkshopAccess access = guard.access(host, workshopId);
    access.takingPart();
    Workshop workshop = access.workshop();
    workshop.requireEditable();
    if (workshop.phase() != org.missionhub.core.workshop.domain.WorkshopPhase.VOTING) {
      throw ApplicationException.conflict("Dots are placed while the workshop is VOTING, not " + workshop.phase());
    }
    if (dots == null || dots < 0) {
      throw ApplicationException.invalid("dots", "is required: 0 or more");
    }
    WorkshopNote note = workshops.note(workshop, noteId).orElseThrow(() -> ApplicationException.notFound("Note"));
    String me = join(access).person().subject();
    List<WorkshopVote> mine = workshops.votesOf(workshop, me);
    int elsewhere = mine.stream().filter(v -> v.note() != note).mapToInt(WorkshopVote::dots).sum();
    if (elsewhere + dots > workshop.dotsPerPerson()) {
      throw ApplicationException.invalid("dots", "is more than you have left: " + (workshop.dotsPerPerson() - elsewhere) + " of " + workshop.dotsPerPerson());
    }
    Optional<WorkshopVote> current = mine.stream().filter(v -> v.note() == note).findFirst();
    if (dots == 0) {
      current.ifPresent(workshops::remove);
    } else if (current.isPresent()) {
      current.get().change(dots);
    } else {
      workshops.add(new WorkshopVote(note, me, dots));
    }
    tell(workshop);
    return workshop.dotsPerPerson() - elsewhere - dots;
  }

  WorkshopParticipant join(WorkshopAccess access) {
    var organisationId = access.takingPart();
    Workshop workshop = access.workshop();
    Caller caller = request.caller();
    Optional<WorkshopParticipant> already = workshops.participant(workshop, caller.subject());
    if (already.isPresent()) {
      return already.get();
    }
    workshop.requireEditable();
    if (!workshop.phase().acceptsParticipants()) {
      throw ApplicationException.conflict("This workshop is closed");
    }
    var person = people.findOrRecord(new PersonDetails(caller.subject(), caller.displayName(), caller.email()));
    var organisation = organisations.find(organisationId).orElseThrow(() -> ApplicationException.notFound("Organisation"));
    WorkshopParticipant joining = new WorkshopParticipant(workshop, person, organisation, time.now());
    workshops.add(joining);
    if (workshop.phase().hasGroups()) {
      groups.placeLate(workshop, joining);
    }
    tell(workshop);
    return joining;
  }

  private void requireNotes(Workshop workshop) {
    workshop.requireEditable();
    if (!workshop.phase().acceptsNotes()) {
      throw ApplicationException.conflict("Notes are posted while the workshop is POSTING, REVEALED or in BREAKOUT groups, not " + workshop.phase());
    }
  }

  private WorkshopNote note(Workshop workshop, String noteId, long expectedVersion) {
    WorkshopNote note = workshops.note(workshop, noteId).orElseThrow(() -> ApplicationException.notFound("Note"));
    if (note.version() != expectedVersion) {
      throw ApplicationException.staleVersion("This note");
    }
    return note;
  }

  private void tell(Workshop workshop) {
    changed.fire(WorkshopChanged.of(workshop, request.caller().subject()));
  }
}
