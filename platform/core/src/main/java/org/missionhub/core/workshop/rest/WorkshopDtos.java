package org.missionhub.core.workshop.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.missionhub.core.workshop.application.NoteView;
import org.missionhub.core.workshop.application.WorkshopState;
import org.missionhub.core.workshop.domain.Workshop;
import org.missionhub.core.workshop.domain.WorkshopParticipant;

/** The JSON shapes of workshops, notes and groups. */
public final class WorkshopDtos {

  private WorkshopDtos() {}

  /**
   * A workshop; with {@code me} (who the caller is in it) and {@code progress} when read one at a time. {@code
   * facilitatorName} is the person who prepared it; {@code organisations}, the slugs a platform workshop invites,
   * only for its facilitators.
   */
  public record WorkshopDto(
      String id, String title, List<String> prompts, String phase, boolean anonymous, int dotsPerPerson, int groupSize,
      String facilitatorName, OffsetDateTime createdAt, OffsetDateTime updatedAt, Me me, Progress progress, List<String> organisations,
      long version) {

    static WorkshopDto from(Workshop w) {
      return new WorkshopDto(w.id(), w.title(), w.prompts(), w.phase().name(), w.anonymous(), w.dotsPerPerson(), w.groupSize(),
          w.facilitator().displayName(), w.createdAt(), w.updatedAt(), null, null, null, w.version());
    }

    static WorkshopDto from(WorkshopState s) {
      Workshop w = s.workshop();
      return new WorkshopDto(w.id(), w.title(), w.prompts(), w.phase().name(), w.anonymous(), w.dotsPerPerson(), w.groupSize(),
          w.facilitator().displayName(), w.createdAt(), w.updatedAt(),
          new Me(s.canFacilitate(), s.canTakePart(), s.joined(), s.myGroup().orElse(null), s.dotsLeft()),
          new Progress(s.notes(), s.participants(), s.organisations()), s.invited().isEmpty() ? null : s.invited(), w.version());
    }
  }

  /** What the caller may do and where they are: their group and dots left. */
  public record Me(boolean canFacilitate, boolean canTakePart, boolean joined, Integer group, int dotsLeft) {}

  /** How many notes were posted, by how many people from how many organisations (never whose before the reveal). */
  public record Progress(long notes, int participants, int organisations) {}

  /** A note: its author and organisation only when the workshop is not anonymous; {@code dots} all its dots once closed. */
  public record NoteDto(
      String id, int prompt, String body, boolean mine, String authorName, String organisationName, String cluster, int myDots, Integer dots,
      OffsetDateTime createdAt, long version) {

    static NoteDto from(NoteView n) {
      return new NoteDto(n.id(), n.prompt(), n.body(), n.mine(), n.author().orElse(null), n.organisation().orElse(null), n.cluster().orElse(null),
          n.myDots(), n.dots().orElse(null), n.createdAt(), n.version());
    }
  }

  /** A breakout group and its people. */
  public record GroupDto(int number, List<Member> members) {
    static List<GroupDto> from(Map<Integer, List<WorkshopParticipant>> groups) {
      return groups.entrySet().stream().map(g -> new GroupDto(g.getKey(), g.getValue().stream().map(Member::from).toList())).toList();
    }
  }

  /** Someone in a group, for which organisation. */
  public record Member(String subject, String name, String organisationName, String organisationType, String country) {
    static Member from(WorkshopParticipant p) {
      return new Member(p.person().subject(), p.person().displayName(), p.organisation().name(), p.organisation().type().name(), p.organisation().country());
    }
  }

  /** A new note. */
  public record NewNote(Integer prompt, String body) {}

  /** A note's new text. */
  public record NoteText(String body) {}

  /** A note's cluster ({@code null} or blank: none). */
  public record Clustering(String cluster) {}

  /** The caller's dots on a note. */
  public record Dots(Integer dots) {}

  /** What the caller has left after placing dots. */
  public record DotsLeft(int dotsLeft) {}

  /** The phase to move to. */
  public record PhaseChange(String phase) {}

  /** Where a facilitator moves someone. */
  public record GroupMove(Integer group) {}
}
