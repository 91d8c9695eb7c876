package org.missionhub.core.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Writes the organisation binding ({@link TenantBinding}) of the current JTA transaction and remembers it for
 * the transaction, so that it is written once when it changes and never read back from the database: on
 * PostgreSQL every read or write of it is a round trip, and a request's core services and plugins asked for
 * it some ten times. Every binding of a JTA transaction's connection goes through here ({@link Tenancy},
 * {@code PluginTransactions}); the connection is the transaction's own (Liberty shares one per transaction
 * and data source), so what is remembered is what the database holds. A binding that fails to be written
 * is forgotten, and the next question reads the database. Without a transaction (or outside a container,
 * no registry) nothing is remembered.
 */
@ApplicationScoped
public class TransactionBindings {

  /** The registry's key for this transaction's binding. */
  private static final String KEY = TransactionBindings.class.getName();

  @Resource TransactionSynchronizationRegistry registry;

  /** The binding of the connection's current transaction ({@link TenantBinding#NONE} on H2). */
  public TenantBinding current(Connection connection) throws SQLException {
    if (!TenantBinding.enforcedBy(connection)) {
      return TenantBinding.NONE;
    }
    TenantBinding known = remembered();
    if (known != null) {
      return known;
    }
    TenantBinding read = TenantBinding.of(connection);
    remember(read);
    return read;
  }

  /**
   * Binds {@code binding} to the connection's current transaction unless this transaction already bound it
   * here. A binding not remembered is written without reading first: one round trip, whatever the
   * connection held.
   */
  public void bind(Connection connection, TenantBinding binding) throws SQLException {
    if (!TenantBinding.enforcedBy(connection) || binding.equals(remembered())) {
      return;
    }
    remember(null);
    binding.applyTo(connection);
    remember(binding);
  }

  /**
   * The binding this transaction wrote or read here, if any: asked before anything else, it spares the caller
   * even reaching for the connection.
   */
  public Optional<TenantBinding> known() {
    return Optional.ofNullable(remembered());
  }

  private TenantBinding remembered() {
    return inTransaction() && registry.getResource(KEY) instanceof TenantBinding known ? known : null;
  }

  private boolean inTransaction() {
    return registry != null && registry.getTransactionKey() != null;
  }

  private void remember(TenantBinding binding) {
    if (inTransaction()) {
      try {
        registry.putResource(KEY, binding);
      } catch (IllegalStateException transactionEnding) {
        // nothing to remember for a transaction that is completing
      }
    }
  }
}
