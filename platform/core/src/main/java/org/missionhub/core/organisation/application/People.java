package org.missionhub.core.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.organisation.persistence.PersonRepository;
import org.missionhub.core.security.Caller;
import org.missionhub.core.shared.TimeSource;

/** Finds or records people by subject. Used inside application services only. */
@ApplicationScoped
public class People {

  @Inject PersonRepository persons;
  @Inject TimeSource time;

  /**
   * The person with this subject, recorded with the given details if MissionHub does not know them yet. An
   * existing person keeps their name: only their own token may change it (see {@link #syncFrom}).
   */
  public Person findOrRecord(PersonDetails details) {
    return persons
        .find(details.subject())
        .orElseGet(
            () -> {
              Person p = new Person(details.subject(), details.displayName(), details.email(), time.now());
              persons.add(p);
              return p;
            });
  }

  /** Takes over the name and e-mail of the caller's verified token, if MissionHub knows the caller. */
  public void syncFrom(Caller caller) {
    persons.find(caller.subject()).ifPresent(p -> p.rename(caller.displayName(), caller.email(), time.now()));
  }
}
