package org.missionhub.core.export.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.missionhub.core.export.domain.ExportRecord;

/** The current tenant's export records. */
@ApplicationScoped
public class ExportRecordRepository {

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public void add(ExportRecord record) {
    em.persist(record);
  }
}
