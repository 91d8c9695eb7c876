package org.missionhub.core.plugin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.RequestContext;

/**
 * Records a plugin's read across organisations (table {@code plugin_cross_read}, append-only) before the
 * read happens: the plugin, its stated purpose, the person at work and their organisation when a request
 * is under way, and the time. In a transaction of its own, so the record stays whatever becomes of the read.
 */
@ApplicationScoped
public class PluginCrossReads {

  static final int MAX_PURPOSE = 300;

  private static final Logger LOG = Logger.getLogger(PluginCrossReads.class.getName());

  @Resource(lookup = "jdbc/missionhub")
  DataSource dataSource;

  @Inject RequestContext request;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(LoadedPlugin plugin, String purpose) {
    if (purpose == null || purpose.isBlank() || purpose.length() > MAX_PURPOSE) {
      throw new IllegalArgumentException("a read across organisations states its purpose in 1 to " + MAX_PURPOSE + " characters");
    }
    Optional<Caller> caller = caller();
    Optional<OrganisationContext> organisation = organisation();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into plugin_cross_read (id, occurred_at, plugin_id, purpose, actor_subject, actor_name, organisation_id) values (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, UUID.randomUUID().toString());
      insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
      insert.setString(3, plugin.id());
      insert.setString(4, purpose.strip());
      insert.setString(5, caller.map(Caller::subject).orElse(null));
      insert.setString(6, caller.map(Caller::displayName).orElse(null));
      insert.setString(7, organisation.map(o -> o.id().toString()).orElse(null));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record plugin " + plugin.id() + "'s read across organisations", e);
    }
    LOG.fine(() -> "Plugin " + plugin.id() + " reads across organisations: " + purpose);
  }

  /** Work off a request (a job, a listener) has no caller. */
  private Optional<Caller> caller() {
    try {
      return request.callerIfAuthenticated();
    } catch (ContextNotActiveException e) {
      return Optional.empty();
    }
  }

  private Optional<OrganisationContext> organisation() {
    try {
      return request.organisation();
    } catch (ContextNotActiveException e) {
      return Optional.empty();
    }
  }
}
