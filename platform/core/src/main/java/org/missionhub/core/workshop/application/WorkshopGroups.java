package org.missionhub.core.workshop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.missionhub.core.workshop.domain.BreakoutGroups;
import org.missionhub.core.workshop.domain.Workshop;
import org.missionhub.core.workshop.domain.WorkshopParticipant;
import org.missionhub.core.workshop.persistence.WorkshopRepository;

/** Forms a workshop's breakout groups from its participants, and places those who join once they are formed. */
@ApplicationScoped
public class WorkshopGroups {

  @Inject WorkshopRepository workshops;

  /** Deals everyone afresh into groups that mix organisations, types and countries. */
  void deal(Workshop workshop) {
    List<WorkshopParticipant> participants = workshops.participants(workshop);
    Map<String, Integer> dealt = BreakoutGroups.deal(participants.stream().map(WorkshopGroups::member).toList(), workshop.groupSize());
    participants.forEach(p -> p.placeIn(dealt.get(p.person().subject())));
  }

  /** Deals the groups unless someone already placed people by hand. */
  void dealIfNone(Workshop workshop) {
    if (workshops.participants(workshop).stream().allMatch(p -> p.group().isEmpty())) {
      deal(workshop);
    }
  }

  /** Someone joining once the groups are formed goes to the smallest group that they mix best with. */
  void placeLate(Workshop workshop, WorkshopParticipant joining) {
    Map<Integer, List<BreakoutGroups.Member>> formed = new TreeMap<>();
    for (WorkshopParticipant p : workshops.participants(workshop)) {
      if (p != joining) {
        p.group().ifPresent(g -> formed.computeIfAbsent(g, n -> new java.util.ArrayList<>()).add(member(p)));
      }
    }
    joining.placeIn(formed.isEmpty() ? 1 : BreakoutGroups.placeLate(formed, member(joining)));
  }

  /** The groups, by number, each with its people in the order they joined. */
  Map<Integer, List<WorkshopParticipant>> of(Workshop workshop) {
    Map<Integer, List<WorkshopParticipant>> groups = new TreeMap<>();
    workshops.participants(workshop).forEach(p -> p.group().ifPresent(g -> groups.computeIfAbsent(g, n -> new java.util.ArrayList<>()).add(p)));
    return new LinkedHashMap<>(groups);
  }

  static BreakoutGroups.Member member(WorkshopParticipant p) {
    return new BreakoutGroups.Member(p.person().subject(), p.organisation().id().toString(), p.organisation().type().name(), p.organisation().country());
  }
}
