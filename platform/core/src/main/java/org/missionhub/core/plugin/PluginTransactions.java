package org.missionhub.core.plugin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.missionhub.api.plugin.PluginDatabase;

/**
 * Runs a plugin's database work in a JTA transaction — the caller's if one is active — on a connection of
 * the platform's data source, which the transaction enlists. An exception rolls the work back.
 */
@ApplicationScoped
public class PluginTransactions {

  @Resource(lookup = "jdbc/missionhub")
  DataSource dataSource;

  @Transactional(Transactional.TxType.REQUIRED)
  public <T> T run(PluginDatabase.Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new PluginDatabaseException(e);
    }
  }

  /** A plugin's SQL failed; the transaction is rolled back. */
  public static final class PluginDatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PluginDatabaseException(SQLException cause) {
      super("A plugin's database work failed: " + cause.getMessage(), cause);
    }
  }
}
