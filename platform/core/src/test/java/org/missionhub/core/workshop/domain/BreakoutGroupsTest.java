package org.missionhub.core.workshop.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BreakoutGroupsTest {

  @Test
  void groupsAreAsEqualAsCanBeAndMixOrganisations() {
    List<BreakoutGroups.Member> people = new ArrayList<>();
    for (String org : List.of("ministry", "ngo", "city")) {
      for (int i = 0; i < 4; i++) {
        people.add(new BreakoutGroups.Member(org + i, org, org.equals("ngo") ? "NGO" : "GOVERNMENT", org.equals("city") ? "FR" : "DK"));
      }
    }

    Map<String, Integer> dealt = BreakoutGroups.deal(people, 4);

    Map<Integer, List<String>> groups = dealt.entrySet().stream()
        .collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    assertThat(groups).hasSize(3);
    assertThat(groups.values()).allSatisfy(g -> assertThat(g).hasSize(4));
    // every group has people of all three organisations (four people each: one organisation twice at most)
    assertThat(groups.values()).allSatisfy(g -> assertThat(organisations(g)).containsExactlyInAnyOrder("ministry", "ngo", "city"));
  }

  @Test
  void oneOrganisationAloneStillMakesBalancedGroups() {
    List<BreakoutGroups.Member> people = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      people.add(new BreakoutGroups.Member("p" + i, "only", "NGO", "DK"));
    }
    Map<String, Integer> dealt = BreakoutGroups.deal(people, 3);
    Collection<Long> sizes = dealt.values().stream().collect(Collectors.groupingBy(g -> g, Collectors.counting())).values();
    assertThat(sizes).containsExactlyInAnyOrder(3L, 2L, 2L);
  }

  @Test
  void typesAndCountriesMixWhenOrganisationsAreAllDifferent() {
    List<BreakoutGroups.Member> people = List.of(
        new BreakoutGroups.Member("a", "o1", "NGO", "DK"), new BreakoutGroups.Member("b", "o2", "NGO", "DK"),
        new BreakoutGroups.Member("c", "o3", "ACADEMIA", "FR"), new BreakoutGroups.Member("d", "o4", "ACADEMIA", "FR"));
    Map<String, Integer> dealt = BreakoutGroups.deal(people, 2);
    assertThat(dealt.get("a")).isNotEqualTo(dealt.get("b"));
    assertThat(dealt.get("c")).isNotEqualTo(dealt.get("d"));
  }

  @Test
  void someoneJoiningLateGoesToTheSmallestGroupTheyMixBestWith() {
    Map<Integer, List<BreakoutGroups.Member>> formed = Map.of(
        1, List.of(new BreakoutGroups.Member("a", "o1", "NGO", "DK"), new BreakoutGroups.Member("b", "o2", "NGO", "DK")),
        2, List.of(new BreakoutGroups.Member("c", "o1", "NGO", "DK")),
        3, List.of(new BreakoutGroups.Member("d", "o3", "ACADEMIA", "FR")));
    assertThat(BreakoutGroups.placeLate(formed, new BreakoutGroups.Member("late", "o1", "NGO", "DK"))).isEqualTo(3);
  }

  @Test
  void noOneStillMakesOneGroup() {
    assertThat(BreakoutGroups.count(0, 4)).isEqualTo(1);
    assertThat(BreakoutGroups.count(9, 4)).isEqualTo(3);
    assertThat(BreakoutGroups.deal(List.of(), 4)).isEmpty();
  }

  private static List<String> organisations(List<String> subjects) {
    return subjects.stream().map(s -> s.substring(0, s.length() - 1)).distinct().toList();
  }
}
