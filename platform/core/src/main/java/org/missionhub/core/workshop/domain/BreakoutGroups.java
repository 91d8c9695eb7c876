package org.missionhub.core.workshop.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Deals a workshop's participants into breakout groups that mix organisations, organisation types and countries, as
 * the seed's self-facilitated groups did. Written here because it is the product's own rule: groups of as equal a
 * size as can be (never more than one apart); each person goes to one of the smallest groups, the one where the
 * fewest share their organisation, then their type, then their country. People of the largest organisations are
 * placed first, so that they spread before the groups fill. Deterministic for the same people.
 */
public final class BreakoutGroups {

  /** What mixing looks at for one person. */
  public record Member(String subject, String organisationId, String organisationType, String country) {
    public Member {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(organisationId, "organisationId");
    }
  }

  private BreakoutGroups() {}

  /** How many groups {@code people} people make with groups of about {@code size}: at least one. */
  public static int count(int people, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a group holds at least one person: " + size);
    }
    return Math.max(1, (people + size - 1) / size);
  }

  /** Each person's group number, from 1, by subject. */
  public static Map<String, Integer> deal(List<Member> members, int size) {
    int groups = count(members.size(), size);
    Map<String, Long> perOrganisation = new LinkedHashMap<>();
    members.forEach(m -> perOrganisation.merge(m.organisationId(), 1L, Long::sum));
    List<Member> order = new ArrayList<>(members);
    order.sort(Comparator.<Member>comparingLong(m -> -perOrganisation.get(m.organisationId()))
        .thenComparing(Member::organisationId)
        .thenComparing(Member::subject));
    List<List<Member>> dealt = new ArrayList<>();
    for (int i = 0; i < groups; i++) {
      dealt.add(new ArrayList<>());
    }
    Map<String, Integer> placed = new LinkedHashMap<>();
    for (Member member : order) {
      int smallest = dealt.stream().mapToInt(List::size).min().orElse(0);
      int best = -1;
      long bestCost = Long.MAX_VALUE;
      for (int g = 0; g < groups; g++) {
        if (dealt.get(g).size() != smallest) {
          continue;
        }
        long cost = cost(dealt.get(g), member);
        if (cost < bestCost) {
          best = g;
          bestCost = cost;
        }
      }
      dealt.get(best).add(member);
      placed.put(member.subject(), best + 1);
    }
    return placed;
  }

  /** The group where one more person fits best: the smallest one, by the same rule (for someone joining late). */
  public static int placeLate(Map<Integer, List<Member>> groups, Member member) {
    int best = 1;
    long bestKey = Long.MAX_VALUE;
    for (var group : groups.entrySet()) {
      long key = group.getValue().size() * 1_000_000L + cost(group.getValue(), member);
      if (key < bestKey) {
        best = group.getKey();
        bestKey = key;
      }
    }
    return best;
  }

  /** How alike the group is to the person: sharing the organisation weighs most, then the type, then the country. */
  private static long cost(List<Member> group, Member member) {
    long cost = 0;
    for (Member other : group) {
      if (other.organisationId().equals(member.organisationId())) {
        cost += 10_000;
      }
      if (Objects.equals(other.organisationType(), member.organisationType())) {
        cost += 100;
      }
      if (Objects.equals(other.country(), member.country())) {
        cost += 1;
      }
    }
    return cost;
  }
}
