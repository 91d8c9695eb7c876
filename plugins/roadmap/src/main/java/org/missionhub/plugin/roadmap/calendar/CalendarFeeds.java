package org.missionhub.plugin.roadmap.calendar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.plugin.FeedDefinition;
import org.missionhub.api.plugin.FeedLevel;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.service.MissionMembers;
import org.missionhub.plugin.roadmap.store.PortfolioReader;

/**
 * The roadmap's two calendar feeds: every milestone of one mission, and the milestones of the initiatives
 * the subscribing person is responsible for, across the organisation's missions. Read as the subscriber,
 * through the scope the platform checked.
 */
public final class CalendarFeeds {

  public static final String MISSION_MILESTONES = "milestones";
  public static final String MY_MILESTONES = "my-milestones";

  public static final String MEDIA_TYPE = "text/calendar";

  private final Clock clock;
  private final PortfolioReader reader = new PortfolioReader();

  public CalendarFeeds(Clock clock) {
    this.clock = clock;
  }

  public static List<FeedDefinition> definitions() {
    return List.of(
        new FeedDefinition(
            MISSION_MILESTONES, FeedLevel.MISSION, MEDIA_TYPE, "ics",
            LocalizedText.of("en", "Milestones of the mission", "fr", "Jalons de la mission", "da", "Missionens milepæle"),
            LocalizedText.of(
                "en", "Every milestone of the mission's roadmap, as all-day events in your calendar (Outlook, Google, Apple).",
                "fr", "Tous les jalons de la feuille de route de la mission, en événements d’une journée dans votre agenda (Outlook, Google, Apple).",
                "da", "Alle milepæle i missionens køreplan som heldagsbegivenheder i din kalender (Outlook, Google, Apple).")),
        new FeedDefinition(
            MY_MILESTONES, FeedLevel.PERSON, MEDIA_TYPE, "ics",
            LocalizedText.of("en", "My milestones", "fr", "Mes jalons", "da", "Mine milepæle"),
            LocalizedText.of(
                "en", "The milestones of the initiatives you are responsible for, in every mission of your organisation.",
                "fr", "Les jalons des initiatives dont vous êtes responsable, dans toutes les missions de votre organisation.",
                "da", "Milepælene for de initiativer, du er ansvarlig for, i alle din organisations missioner.")));
  }

  public Optional<String> mission(String feedId, MissionScope scope) {
    if (!MISSION_MILESTONES.equals(feedId)) {
      return Optional.empty();
    }
    String missionId = scope.mission().id().toString();
    Portfolio portfolio = scope.database().inTransaction(c -> reader.read(c, missionId));
    MissionMembers members = new MissionMembers(scope);
    Map<String, Initiative> initiatives = byId(portfolio.initiatives());
    List<MilestoneCalendar.Entry> entries = new ArrayList<>();
    for (Milestone milestone : portfolio.milestones()) {
      String owner = members.known(milestone.owner()).map(o -> o.name()).orElse("another organisation");
      entries.add(new MilestoneCalendar.Entry(scope.mission().title(), milestone, initiative(initiatives, milestone), owner));
    }
    String title = scope.mission().title();
    return Optional.of(
        new MilestoneCalendar("MissionHub: " + title, "Milestones of the mission " + title + " (MissionHub roadmap)", clock.instant()).write(sorted(entries)));
  }

  public Optional<String> person(String feedId, OrganisationScope scope) {
    if (!MY_MILESTONES.equals(feedId)) {
      return Optional.empty();
    }
    String subject = scope.caller().subject();
    String organisation = scope.organisationId().toString();
    String organisationName = scope.organisation().name();
    // the missions, not archived, where the person holds a role through this organisation: a responsible
    // person has one, and an archived mission's milestones no longer need anyone's attention
    List<MissionFacts> missions = scope.callerMissions();
    List<MilestoneCalendar.Entry> entries =
        scope.database().inTransaction(c -> {
          List<MilestoneCalendar.Entry> found = new ArrayList<>();
          for (MissionFacts mission : missions) {
            Portfolio portfolio = reader.read(c, mission.id().toString());
            Map<String, Initiative> mine =
                byId(portfolio.initiatives().stream().filter(i -> subject.equals(i.responsibleSubject())).toList());
            for (Milestone milestone : portfolio.milestones()) {
              if (milestone.initiativeId() != null && mine.containsKey(milestone.initiativeId())) {
                String owner = milestone.owner().equals(organisation) ? organisationName : "a partner organisation";
                found.add(new MilestoneCalendar.Entry(mission.title(), milestone, initiative(mine, milestone), owner));
              }
            }
          }
          return found;
        });
    String name = scope.caller().displayName();
    return Optional.of(
        new MilestoneCalendar("MissionHub: my milestones", "Milestones of the initiatives " + name + " is responsible for (MissionHub roadmap)", clock.instant())
            .write(sorted(entries)));
  }

  private static Map<String, Initiative> byId(List<Initiative> initiatives) {
    return initiatives.stream().collect(Collectors.toMap(Initiative::id, Function.identity()));
  }

  private static Optional<Initiative> initiative(Map<String, Initiative> initiatives, Milestone milestone) {
    return milestone.initiativeId() == null ? Optional.empty() : Optional.ofNullable(initiatives.get(milestone.initiativeId()));
  }

  private static List<MilestoneCalendar.Entry> sorted(List<MilestoneCalendar.Entry> entries) {
    return entries.stream().sorted(Comparator.comparing((MilestoneCalendar.Entry e) -> e.milestone().due()).thenComparing(e -> e.milestone().id())).toList();
  }
}
