package org.missionhub.core.erasure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.organisation.persistence.PersonRepository;
import org.missionhub.core.shared.TimeSource;

/**
 * The nameless author that comments written for an erased organisation keep: one per organisation, with no
 * account and no e-mail, so that a discussion still reads as a conversation between several parties.
 */
@ApplicationScoped
public class FormerMembers {

  static final String NAME = "Former member of an erased organisation";

  @Inject PersonRepository people;
  @Inject TimeSource time;

  public Person of(Organisation erased) {
    String subject = "erased:" + erased.id();
    return people.find(subject).orElseGet(() -> {
      Person person = new Person(subject, NAME, null, time.now());
      people.add(person);
      return person;
    });
  }
}
