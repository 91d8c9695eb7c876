package org.missionhub.plugin.roadmap.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.MilestoneState;

/**
 * Writes milestones as an iCalendar document: each milestone an all-day event on its date, with a UID that
 * stays the same when it moves (so a calendar updates the event instead of adding one) and its revision as
 * SEQUENCE. The state is in the title for the states that need attention (at risk, missed) and in
 * CATEGORIES for all. Texts are in English: a feed is read by a calendar, with no language to ask.
 */
public final class MilestoneCalendar {

  /** How often a calendar should fetch the feed again (RFC 7986 REFRESH-INTERVAL, and Outlook's X-PUBLISHED-TTL). */
  static final Duration REFRESH = Duration.ofHours(1);

  /** One milestone with what its event says about it. */
  public record Entry(String missionTitle, Milestone milestone, Optional<Initiative> initiative, String ownerName) {
    public Entry {
      Objects.requireNonNull(missionTitle, "missionTitle");
      Objects.requireNonNull(milestone, "milestone");
      Objects.requireNonNull(initiative, "initiative");
      Objects.requireNonNull(ownerName, "ownerName");
    }
  }

  private final String name;
  private final String description;
  private final Instant now;

  public MilestoneCalendar(String name, String description, Instant now) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    this.now = Objects.requireNonNull(now, "now");
  }

  public String write(List<Entry> entries) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//MissionHub//Roadmap milestones//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    // no METHOD: a subscribed feed is a plain calendar (RFC 5545), not an iTIP message (RFC 5546, whose
    // PUBLISH would require an ORGANIZER on every event)
    calendar.add(new Name(name));
    calendar.add(new XProperty("X-WR-CALNAME", name));
    calendar.add(new Description(description));
    calendar.add(new XProperty("X-WR-CALDESC", description));
    calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
    calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
    for (Entry entry : entries) {
      calendar.add(event(entry));
    }
    // ical4j writes each property on one line; folding is ContentLines' (by octets, as RFC 5545 counts)
    return ContentLines.fold(calendar.toString());
  }

  private VEvent event(Entry entry) {
    Milestone milestone = entry.milestone();
    // an all-day event: DTSTART;VALUE=DATE and DTEND the day after (RFC 5545 3.6.1)
    VEvent event = new VEvent(milestone.due(), milestone.due().plusDays(1), summary(entry));
    event.add(new Uid("roadmap-milestone-" + milestone.id() + "@missionhub"));
    event.replace(new DtStamp(now)); // the constructor stamps one already: exactly one (RFC 5545 3.6.1)
    event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, Math.max(0, milestone.revision()))));
    event.add(new Description(details(entry)));
    event.add(new Categories(state(milestone.state())));
    event.add(new XProperty("X-MICROSOFT-CDO-BUSYSTATUS", "FREE"));
    event.add(ImmutableTransp.TRANSPARENT);
    event.add(milestone.state() == MilestoneState.AT_RISK ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED);
    return event;
  }

  private static String summary(Entry entry) {
    String title = entry.initiative().map(i -> entry.milestone().title() + " (" + i.title() + ")").orElse(entry.milestone().title());
    return switch (entry.milestone().state()) {
      case AT_RISK -> "At risk: " + title;
      case MISSED -> "Missed: " + title;
      case REACHED -> "Reached: " + title;
      case PLANNED -> title;
    };
  }

  private static String details(Entry entry) {
    List<String> lines = new ArrayList<>();
    lines.add("Mission: " + entry.missionTitle());
    entry.initiative().ifPresent(i -> lines.add("Initiative: " + i.title()));
    lines.add("Owner: " + entry.ownerName());
    entry.initiative().map(Initiative::responsibleName).filter(n -> n != null && !n.isBlank()).ifPresent(n -> lines.add("Responsible: " + n));
    lines.add("State: " + state(entry.milestone().state()));
    return String.join("\n", lines);
  }

  private static String state(MilestoneState state) {
    return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
