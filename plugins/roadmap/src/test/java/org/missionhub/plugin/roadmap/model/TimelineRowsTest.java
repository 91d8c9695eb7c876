package org.missionhub.plugin.roadmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineRowsTest {

  private static Initiative initiative(String id, String owner, List<String> contributors, List<String> objectives, Lifecycle lifecycle, int years) {
    return new Initiative(
        id, "m", id, null, InitiativeType.PROJECT, owner, null, null, contributors, objectives, LocalDate.of(2027, 1, 1), LocalDate.of(2027 + years, 1, 1), null, null,
        lifecycle, Rag.GREEN, null, null, List.of(), null, 1);
  }

  private final Portfolio portfolio = new Portfolio(
      List.of(new Objective("o1", "m", 1, "Reach", null, 2030, 1), new Objective("o2", "m", 2, "Early", null, 2030, 1)),
      List.of(
          initiative("counsellors", "ministry", List.of("city"), List.of("o1", "o2"), Lifecycle.ACTIVE, 3),
          initiative("chat", "ngo", List.of(), List.of("o1"), Lifecycle.ACTIVE, 7),
          initiative("idea", "city", List.of(), List.of(), Lifecycle.IDEA, 1)),
      List.of(new Milestone("gate", "m", null, "Gate 2", LocalDate.of(2028, 1, 1), "ministry", MilestoneState.PLANNED, 1)),
      List.of());

  private final Map<String, String> names = Map.of("ministry", "Ministry", "ngo", "Youth Minds", "city", "Nordby");

  @Test
  void byObjectiveAnInitiativeServingTwoShowsUnderBothAndThoseServingNoneComeLast() {
    TimelineRows rows = TimelineRows.of(portfolio, TimelineRows.Filter.NONE, TimelineRows.GroupBy.OBJECTIVE, names::get, "No objective");

    assertThat(rows.groups()).extracting(g -> g.label() + "=" + g.initiatives().stream().map(Initiative::id).toList())
        .containsExactly("Reach=[counsellors, chat]", "Early=[counsellors]", "No objective=[idea]");
    assertThat(rows.missionMilestones()).extracting(Milestone::id).containsExactly("gate");
  }

  @Test
  void byOwnerInAlphabeticalOrderOfNames() {
    TimelineRows rows = TimelineRows.of(portfolio, TimelineRows.Filter.NONE, TimelineRows.GroupBy.OWNER, names::get, "-");

    assertThat(rows.groups()).extracting(TimelineRows.Group::label).containsExactly("Ministry", "Nordby", "Youth Minds");
  }

  @Test
  void filtersOnAnOrganisationTakingPartAHorizonOrAStatusAndHideTheMissionsOwnMilestonesWhenNarrowedToAnOrganisation() {
    TimelineRows city = TimelineRows.of(portfolio, new TimelineRows.Filter("city", null, null, null), TimelineRows.GroupBy.NONE, names::get, "-");
    assertThat(city.groups().get(0).initiatives()).extracting(Initiative::id).containsExactly("counsellors", "idea");
    assertThat(city.missionMilestones()).isEmpty();

    TimelineRows longTerm = TimelineRows.of(portfolio, new TimelineRows.Filter(null, null, Horizon.LONG, null), TimelineRows.GroupBy.NONE, names::get, "-");
    assertThat(longTerm.groups().get(0).initiatives()).extracting(Initiative::id).containsExactly("chat");

    TimelineRows stopped = TimelineRows.of(portfolio, new TimelineRows.Filter(null, "o2", null, Lifecycle.STOPPED), TimelineRows.GroupBy.OBJECTIVE, names::get, "-");
    assertThat(stopped.groups()).isEmpty();
  }
}
