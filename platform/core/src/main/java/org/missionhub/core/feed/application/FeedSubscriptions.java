package org.missionhub.core.feed.application;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Collectors;
import org.missionhub.api.plugin.FeedDefinition;
import org.missionhub.api.plugin.FeedLevel;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.feed.domain.FeedSecret;
import org.missionhub.core.feed.domain.FeedSubscription;
import org.missionhub.core.feed.persistence.FeedSubscriptionRepository;
import org.missionhub.core.mission.application.MissionAccessGuard;
import org.missionhub.core.organisation.application.MembershipEnding;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginEnablements;
import org.missionhub.core.plugin.PluginRuntime;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.TimeSource;

/**
 * Subscribing to a plugin's feed, listing one's subscriptions and revoking them. Anyone in the organisation
 * subscribes for themselves, to a feed of a plugin the organisation uses and (for a mission feed) of a
 * mission they can see; an organisation administrator also sees and revokes everyone's.
 */
@ApplicationService
public class FeedSubscriptions {

  /** Addresses one person may hold at once in an organisation: enough for every mission, few enough to review. */
  public static final int MAX_PER_PERSON = 25;

  private final SecureRandom random = new SecureRandom();

  @Inject RequestContext request;
  @Inject FeedSubscriptionRepository subscriptions;
  @Inject PluginRuntime plugins;
  @Inject PluginEnablements enablements;
  @Inject MissionAccessGuard missions;
  @Inject TimeSource time;

  /** A new subscription, its feed and its secret, which is never shown again. */
  public record Created(FeedSubscription subscription, FeedDefinition feed, FeedSecret secret) {}

  /** The caller's subscriptions that are not revoked, or everyone's (organisation administrators). */
  public List<FeedSubscription> list(boolean everyone) {
    OrganisationContext organisation = request.requireOrganisation();
    if (everyone && !organisation.isAdmin()) {
      throw ApplicationException.forbidden("Only an organisation administrator sees everyone's feed addresses");
    }
    return subscriptions.active(everyone ? null : request.caller().subject());
  }

  public Created subscribe(String pluginId, String feedId, String missionId) {
    OrganisationContext organisation = request.requireOrganisation();
    Caller caller = request.caller();
    LoadedPlugin plugin =
        blank(pluginId)
            ? null
            : plugins.activePlugin(pluginId).filter(p -> enablements.settingsIfEnabled(organisation.id(), p).isPresent()).orElse(null);
    if (plugin == null) {
      throw ApplicationException.invalid("plugin", "must be a plugin your organisation uses");
    }
    FeedDefinition feed =
        plugin.feed(blank(feedId) ? "" : feedId)
            .orElseThrow(() -> ApplicationException.invalid("feed", "must be one of the feeds of " + pluginId + ": "
                + plugin.feeds().stream().map(FeedDefinition::id).collect(Collectors.joining(", "))));
    String mission = null;
    if (feed.level() == FeedLevel.MISSION) {
      if (blank(missionId)) {
        throw ApplicationException.invalid("missionId", "a mission's feed needs the mission");
      }
      mission = missions.access(missionId).mission().id().toString();
    } else if (!blank(missionId)) {
      throw ApplicationException.invalid("missionId", "must be empty: this feed is about your own work, not one mission");
    }
    if (subscriptions.activeCount(caller.subject()) >= MAX_PER_PERSON) {
      throw ApplicationException.conflict("You hold " + MAX_PER_PERSON + " feed addresses already; revoke one you no longer use first");
    }
    FeedSecret secret = FeedSecret.generate(random);
    FeedSubscription subscription = new FeedSubscription(caller.subject(), caller.displayName(), plugin.id(), feed.id(), mission, secret, time.now());
    subscriptions.add(subscription);
    return new Created(subscription, feed, secret);
  }

  /** One of the caller's subscriptions (an administrator: anyone's), not revoked; else 404. */
  public FeedSubscription get(String id) {
    OrganisationContext organisation = request.requireOrganisation();
    String subject = request.caller().subject();
    return subscriptions.find(blank(id) ? "" : id)
        .filter(s -> !s.isRevoked())
        .filter(s -> s.subject().equals(subject) || organisation.isAdmin())
        .orElseThrow(() -> ApplicationException.notFound("Feed subscription"));
  }

  /** Revokes one of the caller's subscriptions (an administrator: anyone's); the address answers 404 from now on. */
  public void revoke(String id) {
    get(id).revoke(time.now());
  }

  /**
   * A person leaves the organisation: their addresses are revoked now, not only refused at read time, so
   * that being invited again later does not bring old, perhaps forwarded, addresses back to life.
   */
  void onMembershipEnding(@Observes MembershipEnding ending) {
    subscriptions.active(ending.subject()).forEach(s -> s.revoke(time.now()));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
