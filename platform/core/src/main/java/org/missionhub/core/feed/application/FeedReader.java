package org.missionhub.core.feed.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.missionhub.api.plugin.FeedDefinition;
import org.missionhub.api.plugin.FeedLevel;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.core.feed.domain.FeedSecret;
import org.missionhub.core.organisation.application.OrganisationAccess;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.application.PluginScopes;
import org.missionhub.core.security.AccountStatus;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.RateLimits;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;
import org.missionhub.core.shared.RetryLater;

/**
 * Reads a feed by its address, as the person who subscribed: the secret must belong to an active
 * subscription of the organisation named in the address, the person's account must be enabled, their
 * membership and the organisation active, the plugin enabled, and for a mission feed the mission visible to
 * them, all checked at every read by the same code as a signed-in request. Anything that fails answers
 * 404, whatever it was: the holder of an address learns nothing about why.
 */
@ApplicationScoped
public class FeedReader {

  private static final Logger LOG = Logger.getLogger(FeedReader.class.getName());

  @Inject FeedSecrets secrets;
  @Inject RequestContext request;
  @Inject OrganisationAccess organisations;
  @Inject PluginScopes scopes;
  @Inject AccountStatus accounts;
  @Inject RateLimits limits;

  /** A feed's document and its media type. */
  public record Document(String mediaType, String fileName, String body) {}

  public Document read(String slug, String secret) {
    if (!FeedSecret.isWellFormed(secret)) {
      throw notFound();
    }
    FeedSecrets.Subscriber subscriber = secrets.find(slug, new FeedSecret(secret)).orElseThrow(FeedReader::notFound);
    Optional<Duration> wait = limits.feed(subscriber.subscriptionId());
    if (wait.isPresent()) {
      throw new RetryLater("for this address", wait.get());
    }
    if (!accounts.isActive(subscriber.subject())) {
      throw notFound();
    }
    request.authenticate(new Caller(subscriber.subject(), subscriber.name(), null, Set.of(), Set.of(slug)));
    try {
      organisations.enterOnBehalf(slug);
      LoadedPlugin plugin = scopes.active(subscriber.pluginId());
      FeedDefinition feed = plugin.feed(subscriber.feedId()).orElseThrow(FeedReader::notFound);
      MissionHubPlugin contract = plugin.plugin().orElseThrow(FeedReader::notFound);
      Optional<String> body =
          feed.level() == FeedLevel.MISSION
              ? contract.missionFeed(feed.id(), scopes.mission(plugin.id(), subscriber.missionId().orElseThrow(FeedReader::notFound)))
              : contract.personFeed(feed.id(), scopes.organisation(plugin.id()));
      Document document = new Document(feed.mediaType(), plugin.id() + "-" + feed.id() + "." + feed.fileExtension(), body.orElseThrow(FeedReader::notFound));
      noteRead(subscriber);
      return document;
    } catch (ApplicationException refused) {
      if (refused.kind() == ProblemKind.NOT_FOUND || refused.kind() == ProblemKind.FORBIDDEN || refused.kind() == ProblemKind.ORGANISATION_SUSPENDED) {
        throw notFound();
      }
      throw refused;
    }
  }

  private void noteRead(FeedSecrets.Subscriber subscriber) {
    try {
      secrets.noteRead(subscriber.subscriptionId());
    } catch (RuntimeException concurrent) {
      // two clients read at the same moment: one of them noted it, and the reader has the feed anyway
      LOG.log(Level.FINE, "A feed read was not noted", concurrent);
    }
  }

  private static ApplicationException notFound() {
    return ApplicationException.notFound("Feed");
  }
}
