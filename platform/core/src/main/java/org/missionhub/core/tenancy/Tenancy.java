package org.missionhub.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.missionhub.api.organisation.OrganisationId;

/**
 * Sets EclipseLink's tenant id. The only class that does: everything else reaches tenant-scoped data through
 * an EntityManager this class configured.
 */
@ApplicationScoped
public class Tenancy {

  /** EclipseLink's context property holding the tenant id ({@code eclipselink.tenant-id}). */
  public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  @PersistenceUnit(unitName = "missionhub")
  EntityManagerFactory emf;

  /**
   * Makes {@code organisation} the tenant of the current transaction's EntityManager. Must be called inside
   * the transaction, before the first access to tenant-scoped data; a transaction works in one tenant only.
   */
  public void bind(OrganisationId organisation) {
    Objects.requireNonNull(organisation, "organisation");
    Object current = em.getProperties().get(TENANT_PROPERTY);
    if (current != null && !current.equals(organisation.toString())) {
      throw new IllegalStateException("this transaction already works in another organisation");
    }
    em.setProperty(TENANT_PROPERTY, organisation.toString());
  }

  /**
   * Reads another organisation's tenant-scoped data through a separate, short-lived EntityManager, for the
   * few checks that must look across organisations (is this person a member of that partner organisation?).
   * The work must only read.
   */
  public <T> T readAs(OrganisationId organisation, Function<EntityManager, T> work) {
    Objects.requireNonNull(organisation, "organisation");
    EntityManager other = emf.createEntityManager(Map.of(TENANT_PROPERTY, organisation.toString()));
    try {
      return work.apply(other);
    } finally {
      other.close();
    }
  }
}
