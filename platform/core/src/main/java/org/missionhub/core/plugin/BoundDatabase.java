package org.missionhub.core.plugin;

import java.util.Objects;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.core.tenancy.TenantBinding;

/**
 * A plugin's database with the organisation its work is bound to; the plugin's root database
 * is bound to nothing. {@link PluginTransactions} writes the binding into the transaction for the work's
 * duration, where PostgreSQL's row-level security reads it.
 */
final class BoundDatabase implements PluginDatabase {

  private final LoadedPlugin plugin;
  private final PluginTransactions transactions;
  private final String product;
  private final TenantBinding binding;

  private BoundDatabase(LoadedPlugin plugin, PluginTransactions transactions, String product, TenantBinding binding) {
    this.plugin = Objects.requireNonNull(plugin, "plugin");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.product = Objects.requireNonNull(product, "product");
    this.binding = Objects.requireNonNull(binding, "binding");
  }

  /** The root database of a plugin: bound to no organisation. */
  static BoundDatabase unbound(LoadedPlugin plugin, PluginTransactions transactions, String product) {
    return new BoundDatabase(plugin, transactions, product, TenantBinding.NONE);
  }

  @Override
  public <T> T inTransaction(Work<T> work) {
    return transactions.run(binding, work);
  }

  @Override
  public String product() {
    return product;
  }

  @Override
  public PluginDatabase forOrganisation(OrganisationId organisation) {
    return new BoundDatabase(plugin, transactions, product, TenantBinding.organisation(Objects.requireNonNull(organisation, "organisation").toString()));
  }

  @Override
  public PluginDatabase acrossOrganisations(String purpose) {
    transactions.recordCrossRead(plugin, purpose);
    return new BoundDatabase(plugin, transactions, product, TenantBinding.ACROSS);
  }

}
