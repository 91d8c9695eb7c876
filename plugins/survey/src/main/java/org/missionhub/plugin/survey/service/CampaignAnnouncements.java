package org.missionhub.plugin.survey.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignStatus;
import org.missionhub.plugin.survey.store.CampaignStore;

/**
 * The announcements job (issue 17): a campaign or mission survey that opens, closes or has its results published is
 * a notice, in each person's language and linking to the mission, to those it concerns — a mission survey's people
 * (everyone holding a role in the mission); for a benchmark campaign, the leaders and coordinators of the current
 * missions led by the organisations it invites that have the survey plugin switched on, and, when it opens, the
 * administrators of the invited organisations that have not (contract 1.12.0: the notice leads to their plugins page,
 * where one click switches it on). A campaign that opened and closed between two runs is announced as closed only.
 *
 * <p>Each announcement is made once: a row per campaign and kind is written with its notices in one transaction, and
 * a second try (another run, another server) finds the row and sends nothing.
 */
public final class CampaignAnnouncements implements Runnable {

  private static final Logger LOG = Logger.getLogger(CampaignAnnouncements.class.getName());

  /** Published results are announced if published within this long; older campaigns are no longer looked at. */
  private static final Duration RECENT = Duration.ofDays(7);

  private static final Set<MissionRole> ANSWERING_FOR_A_MISSION = EnumSet.of(MissionRole.LEADER, MissionRole.COORDINATOR);

  private final PluginContext context;
  private final CampaignStore campaigns;
  private final Clock clock;

  public CampaignAnnouncements(PluginContext context, CampaignStore campaigns, Clock clock) {
    this.context = context;
    this.campaigns = campaigns;
    this.clock = clock;
  }

  @Override
  public void run() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (Campaign campaign : campaigns.announceable(now.minus(RECENT))) {
      try {
        announce(campaign, now);
      } catch (RuntimeException e) {
        // one campaign's failure must not keep the others' notices back; the next run tries again
        LOG.log(Level.WARNING, "The announcements of campaign " + campaign.id() + " failed", e);
      }
    }
  }

  private void announce(Campaign campaign, OffsetDateTime now) {
    CampaignStatus status = campaign.status(now);
    Set<String> done = context.database().inTransaction(c -> announced(c, campaign.id()));
    if (status == CampaignStatus.OPEN && !done.contains("opened")) {
      send(campaign, "opened", "survey.notice.opened", date(campaign.settings().closesAt()));
    } else if (status == CampaignStatus.CLOSED && !done.contains("closed")) {
      send(campaign, "closed", "survey.notice.closed", date(campaign.settings().closesAt()));
    } else if (campaign.resultsPublished() && done.contains("closed") && !done.contains("published")) {
      send(campaign, "published", "survey.notice.published", "");
    }
  }

  private void send(Campaign campaign, String kind, String key, String when) {
    // a benchmark campaign's invited organisations, read once: with the plugin on (they answer) or off (told how)
    Map<Boolean, List<OrganisationFacts>> invited = campaign.isMissionSurvey() ? Map.of() : invitedBySwitchedOn(campaign);
    List<Recipient> to = recipients(campaign, invited.getOrDefault(true, List.of()));
    List<OrganisationFacts> switchedOff = kind.equals("opened") ? invited.getOrDefault(false, List.of()) : List.of();
    context.database().inTransaction(c -> {
      if (record(c, campaign.id(), kind)) {
        for (Recipient recipient : to) {
          LocalizedText message = context.text(key + (campaign.isMissionSurvey() ? "" : ".campaign"), campaign.settings().title(), recipient.missionTitle(), when);
          context.notifications().notify(recipient.subject(), "campaign-" + kind, message, recipient.mission());
        }
        for (OrganisationFacts organisation : switchedOff) {
          LocalizedText message = context.text("survey.notice.switchOn", campaign.settings().title(), organisation.name(), when);
          context.notifications().notifyAdministrators(organisation.id(), "campaign-invitation", message);
        }
      }
      return null;
    });
  }

  /**
   * The organisations a benchmark campaign invites, by whether they have switched the plugin on: without it they
   * cannot answer yet, and their administrators are told how to switch it on.
   */
  private Map<Boolean, List<OrganisationFacts>> invitedBySwitchedOn(Campaign campaign) {
    return context.activeOrganisations().stream()
        .filter(campaign.settings().audience()::includes)
        .collect(Collectors.partitioningBy(o -> context.settings(o.id()).isPresent()));
  }

  /** Someone to tell, and the mission they are told about (a person in several missions hears of each once). */
  private record Recipient(String subject, MissionId mission, String missionTitle) {}

  /** For a benchmark campaign, {@code answering} are the invited organisations that have the plugin on. */
  private List<Recipient> recipients(Campaign campaign, List<OrganisationFacts> answering) {
    Set<Recipient> to = new LinkedHashSet<>();
    if (campaign.host().isPresent()) {
      MissionId mission = MissionId.of(campaign.host().get().missionId());
      String title = context.mission(mission).map(MissionFacts::title).orElse("");
      Set<String> seen = new HashSet<>();
      context.missionPeople(mission).stream().map(p -> p.person().subject()).filter(seen::add).forEach(s -> to.add(new Recipient(s, mission, title)));
      return List.copyOf(to);
    }
    Set<OrganisationId> invited = answering.stream().map(OrganisationFacts::id).collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    for (MissionFacts mission : context.currentMissions()) {
      if (invited.contains(mission.lead())) {
        context.missionPeople(mission.id()).stream()
            .filter(p -> ANSWERING_FOR_A_MISSION.contains(p.role()) && p.organisation().equals(mission.lead()))
            .map(p -> p.person().subject())
            .filter(seen::add)
            .forEach(s -> to.add(new Recipient(s, mission.id(), mission.title())));
      }
    }
    return List.copyOf(to);
  }

  private static String date(OffsetDateTime at) {
    return at.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  private static Set<String> announced(Connection c, String campaign) throws SQLException {
    Set<String> kinds = new HashSet<>();
    try (PreparedStatement select = c.prepareStatement("select kind from survey_announcement where campaign_id = ?")) {
      select.setString(1, campaign);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          kinds.add(rows.getString(1));
        }
      }
    }
    return kinds;
  }

  /** Records the announcement; false if another run made it first. */
  private boolean record(Connection c, String campaign, String kind) throws SQLException {
    if (announced(c, campaign).contains(kind)) {
      return false;
    }
    try (PreparedStatement insert = c.prepareStatement("insert into survey_announcement (campaign_id, kind, announced_at) values (?, ?, ?)")) {
      insert.setString(1, campaign);
      insert.setString(2, kind);
      insert.setObject(3, OffsetDateTime.now(clock));
      insert.executeUpdate();
    }
    return true;
  }
}
