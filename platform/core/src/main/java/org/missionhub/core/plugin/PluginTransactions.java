package org.missionhub.core.plugin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.core.tenancy.TenantBinding;
import org.missionhub.core.tenancy.TransactionBindings;

/**
 * Runs a plugin's database work in a JTA transaction — the caller's if one is active — on a connection of
 * the platform's data source, which the transaction enlists. The work's organisation binding holds for the
 * work only: the caller's binding (a core service's, another plugin's) is put back afterwards. An exception
 * rolls the work back.
 */
@ApplicationScoped
public class PluginTransactions {

  @Resource(lookup = "jdbc/missionhub")
  DataSource dataSource;

  @Inject PluginCrossReads crossReads;
  @Inject TransactionBindings bindings;

  /** Records a plugin's read across organisations before it is made. */
  public void recordCrossRead(LoadedPlugin plugin, String purpose) {
    crossReads.record(plugin, purpose);
  }

  @Transactional(Transactional.TxType.REQUIRED)
  public <T> T run(TenantBinding binding, PluginDatabase.Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      TenantBinding previous = bindings.current(connection);
      if (previous.equals(binding)) {
        return work.run(connection);
      }
      bindings.bind(connection, binding);
      T result;
      try {
        result = work.run(connection);
      } catch (SQLException | RuntimeException e) {
        restoreAfterFailure(connection, previous, e);
        throw e;
      }
      bindings.bind(connection, previous);
      return result;
    } catch (SQLException e) {
      throw new PluginDatabaseException(e);
    }
  }

  /** A failed statement may have aborted the transaction, which then rolls back and forgets the binding anyway. */
  private void restoreAfterFailure(Connection connection, TenantBinding previous, Exception failure) {
    try {
      bindings.bind(connection, previous);
    } catch (SQLException e) {
      failure.addSuppressed(e);
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
