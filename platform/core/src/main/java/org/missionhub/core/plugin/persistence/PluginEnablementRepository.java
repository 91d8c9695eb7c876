package org.missionhub.core.plugin.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.missionhub.core.plugin.domain.PluginEnablement;

/** The current organisation's plugin choices (tenant-scoped: EclipseLink limits every query). */
@ApplicationScoped
public class PluginEnablementRepository {

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public Optional<PluginEnablement> find(String pluginId) {
    return find(em, pluginId);
  }

  /** Same query on another EntityManager, for {@link org.missionhub.core.tenancy.Tenancy#readAs}. */
  public static Optional<PluginEnablement> find(EntityManager em, String pluginId) {
    return em.createQuery("SELECT p FROM PluginEnablement p WHERE p.pluginId = :id", PluginEnablement.class)
        .setParameter("id", pluginId)
        .getResultStream()
        .findFirst();
  }

  public List<PluginEnablement> all() {
    return all(em);
  }

  /** Same query on another EntityManager, for {@link org.missionhub.core.tenancy.Tenancy#readAs}. */
  public static List<PluginEnablement> all(EntityManager em) {
    return em.createQuery("SELECT p FROM PluginEnablement p ORDER BY p.pluginId", PluginEnablement.class).getResultList();
  }

  public void add(PluginEnablement enablement) {
    em.persist(enablement);
  }
}
