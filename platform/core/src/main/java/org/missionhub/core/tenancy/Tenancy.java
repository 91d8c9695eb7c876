package org.missionhub.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.audit.AuditTenant;

/**
 * Sets EclipseLink's tenant id, and binds the same organisation to the database transaction for PostgreSQL's
 * row-level security ({@link TenantBinding}, written through {@link TransactionBindings}). The only class that does: everything else reaches
 * tenant-scoped data through an EntityManager this class configured.
 */
@ApplicationScoped
public class Tenancy implements AuditTenant {

  /** EclipseLink's context property holding the tenant id ({@code eclipselink.tenant-id}). */
  public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  @PersistenceUnit(unitName = "missionhub")
  EntityManagerFactory emf;

  @Inject TransactionBindings bindings;

  /**
   * Makes {@code organisation} the tenant of the current transaction's EntityManager. Must be called inside
   * the transaction, before the first access to tenant-scoped data; a transaction works in one tenant only.
   */
  @Override
  public void bind(OrganisationId organisation) {
    Objects.requireNonNull(organisation, "organisation");
    Object current = em.getProperties().get(TENANT_PROPERTY);
    if (current != null && !current.equals(organisation.toString())) {
      throw new IllegalStateException("this transaction already works in another organisation");
    }
    if (current == null) {
      em.setProperty(TENANT_PROPERTY, organisation.toString());
      bindDatabase(em, TenantBinding.organisation(organisation.toString()));
    }
  }

  @Override
  public boolean isBound() {
    return em.getProperties().get(TENANT_PROPERTY) != null;
  }

  /**
   * Reads another organisation's tenant-scoped data through a separate, short-lived EntityManager, for the
   * few checks that must look across organisations (is this person a member of that partner organisation?).
   * The work must only read. It runs in the caller's transaction, or in one of its own when called outside
   * any (a plugin reading its settings off a request): the organisation is bound to a transaction only.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public <T> T readAs(OrganisationId organisation, Function<EntityManager, T> work) {
    Objects.requireNonNull(organisation, "organisation");
    EntityManager other = emf.createEntityManager(Map.of(TENANT_PROPERTY, organisation.toString()));
    try {
      // the other EntityManager shares the transaction's connection: bind the other organisation for the
      // work only, then give the transaction its own binding back
      TenantBinding previous = currentBinding(other);
      bindDatabase(other, TenantBinding.organisation(organisation.toString()));
      try {
        return work.apply(other);
      } finally {
        bindDatabase(other, previous);
      }
    } finally {
      other.close();
    }
  }

  /**
   * Writes on an organisation's behalf in a transaction that works in another (a webhook delivery of a partner
   * organisation, written with the change that caused it): as {@link #readAs}, with the work's writes flushed
   * while that organisation is bound, so that row-level security checks them against it.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public <T> T writeAs(OrganisationId organisation, Function<EntityManager, T> work) {
    return readAs(organisation, other -> {
      T result = work.apply(other);
      other.flush();
      return result;
    });
  }

  /**
   * Binds the organisation to the EntityManager's transaction. Outside a transaction there is nothing to
   * bind to: on PostgreSQL tenant-scoped rows then stay out of reach.
   */
  private void bindDatabase(EntityManager em, TenantBinding binding) {
    if (!em.isJoinedToTransaction() || bindings.known().filter(binding::equals).isPresent()) {
      return;
    }
    try {
      bindings.bind(em.unwrap(Connection.class), binding);
    } catch (SQLException e) {
      throw new PersistenceException("cannot bind the organisation to the database transaction", e);
    }
  }

  private TenantBinding currentBinding(EntityManager em) {
    if (!em.isJoinedToTransaction()) {
      return TenantBinding.NONE;
    }
    Optional<TenantBinding> known = bindings.known();
    if (known.isPresent()) {
      return known.get();
    }
    try {
      return bindings.current(em.unwrap(Connection.class));
    } catch (SQLException e) {
      throw new PersistenceException("cannot read the organisation bound to the database transaction", e);
    }
  }
}
