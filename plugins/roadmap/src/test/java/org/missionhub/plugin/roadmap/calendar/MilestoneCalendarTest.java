package org.missionhub.plugin.roadmap.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.InitiativeType;
import org.missionhub.plugin.roadmap.model.Lifecycle;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.MilestoneState;
import org.missionhub.plugin.roadmap.model.Rag;

/** The feed is read back with ical4j's parser, as a calendar application would read it. */
class MilestoneCalendarTest {

  private final Initiative pilot = new Initiative(
      "i1", "m", "School pilot, Aarhus; phase 2", null, InitiativeType.PILOT, "org", "anna", "Anna Holm", List.of(), List.of(),
      LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null, null, Lifecycle.ACTIVE, Rag.GREEN, null, null, List.of(), null, 1);

  private Calendar parsed(String text) throws Exception {
    return new CalendarBuilder().build(new StringReader(text));
  }

  @Test
  void eachMilestoneIsAnAllDayEventWithAStableUidAndItsRevisionAsSequence() throws Exception {
    // given
    Milestone kickOff = new Milestone("ms-1", "m", "i1", "Kick-off with the schools, in Aarhus", LocalDate.of(2027, 3, 15), "org", MilestoneState.PLANNED, 4);
    Milestone report = new Milestone("ms-2", "m", null, "Mission report", LocalDate.of(2027, 11, 30), "org", MilestoneState.AT_RISK, 1);
    MilestoneCalendar calendar = new MilestoneCalendar("MissionHub: Youth mental health", "Milestones", Instant.parse("2026-12-05T10:00:00Z"));

    // when
    String text = calendar.write(List.of(
        new MilestoneCalendar.Entry("Youth mental health", kickOff, Optional.of(pilot), "Aarhus Kommune"),
        new MilestoneCalendar.Entry("Youth mental health", report, Optional.empty(), "Danish Design Centre")));
    Calendar read = parsed(text);

    // then
    assertThat(read.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
    assertThat(read.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("MissionHub: Youth mental health");
    assertThat(read.getProperty("REFRESH-INTERVAL").map(Property::getValue)).contains("PT1H");
    List<VEvent> events = read.getComponents("VEVENT");
    assertThat(events).hasSize(2);
    assertThat(events).allSatisfy(e -> {
      assertThat(e.getProperties(Property.DTSTAMP)).hasSize(1);
      assertThat(e.getProperties(Property.UID)).hasSize(1);
      assertThat(e.getProperties(Property.DTSTART)).hasSize(1);
    });
    assertThat(read.validate().hasErrors()).as(read.validate().toString()).isFalse();
    VEvent first = events.get(0);
    assertThat(first.getProperty(Property.UID).map(Property::getValue)).contains("roadmap-milestone-ms-1@missionhub");
    assertThat(first.getProperty(Property.DTSTART).map(Property::getValue)).contains("20270315");
    assertThat(first.getProperty(Property.DTSTART).flatMap(p -> p.getParameter("VALUE")).map(Object::toString)).contains("VALUE=DATE");
    assertThat(first.getProperty(Property.DTEND).map(Property::getValue)).contains("20270316");
    assertThat(first.getProperty(Property.SEQUENCE).map(Property::getValue)).contains("4");
    assertThat(first.getProperty(Property.SUMMARY).map(Property::getValue)).contains("Kick-off with the schools, in Aarhus (School pilot, Aarhus; phase 2)");
    assertThat(first.getProperty(Property.DESCRIPTION).map(Property::getValue).orElseThrow())
        .contains("Mission: Youth mental health", "Initiative: School pilot, Aarhus; phase 2", "Owner: Aarhus Kommune", "Responsible: Anna Holm", "State: planned");
    VEvent second = events.get(1);
    assertThat(second.getProperty(Property.SUMMARY).map(Property::getValue)).contains("At risk: Mission report");
    assertThat(second.getProperty(Property.STATUS).map(Property::getValue)).contains("TENTATIVE");
    assertThat(second.getProperty(Property.CATEGORIES).map(Property::getValue)).contains("at risk");
  }

  @Test
  void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() throws Exception {
    // given titles long enough to fold, in Danish, Greek and with an emoji (2, 2 and 4 octets a character)
    String danish = "Første skoler i Århus og Ærø får støtte til trivselsforløb for elever på mellemtrinnet og i udskolingen";
    String greek = "Ψυχική υγεία των νέων: πρώτα σχολεία στην Αθήνα και τη Θεσσαλονίκη 🚀 με υποστήριξη";
    Milestone first = new Milestone("ms-1", "m", null, danish, LocalDate.of(2027, 3, 15), "org", MilestoneState.PLANNED, 1);
    Milestone second = new Milestone("ms-2", "m", null, greek, LocalDate.of(2027, 4, 15), "org", MilestoneState.PLANNED, 1);

    // when
    String text = new MilestoneCalendar("MissionHub: " + danish, "Milestones", Instant.parse("2026-12-05T10:00:00Z")).write(List.of(
        new MilestoneCalendar.Entry("Trivsel for unge", first, Optional.empty(), "Aarhus Kommune"),
        new MilestoneCalendar.Entry("Trivsel for unge", second, Optional.empty(), "Aarhus Kommune")));

    // then no line is longer than 75 octets, and unfolded the titles are whole again
    assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
    assertThat(text).contains("\r\n ");
    List<VEvent> events = parsed(text).getComponents("VEVENT");
    assertThat(events).extracting(e -> e.getProperty(Property.SUMMARY).map(Property::getValue).orElse("")).containsExactly(danish, greek);
  }

  @Test
  void anEmptyRoadmapIsAValidCalendarWithNoEvents() throws Exception {
    String text = new MilestoneCalendar("MissionHub: my milestones", "Mine", Instant.parse("2026-12-05T10:00:00Z")).write(List.of());

    Calendar read = parsed(text);

    assertThat(read.getComponents("VEVENT")).isEmpty();
    assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("PRODID:-//MissionHub//Roadmap milestones//EN\r\n").endsWith("END:VCALENDAR\r\n");
  }
}
