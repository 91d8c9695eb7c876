package org.missionhub.core.organisation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.missionhub.core.organisation.domain.Person;

/** People known to MissionHub, by the identity provider's subject. */
@ApplicationScoped
public class PersonRepository {

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public Optional<Person> find(String subject) {
    return Optional.ofNullable(em.find(Person.class, subject));
  }

  public void add(Person person) {
    em.persist(person);
  }
}
