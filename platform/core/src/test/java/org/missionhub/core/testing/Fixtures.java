package org.missionhub.core.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.organisation.domain.Membership;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;

/**
 * Test rows created through the real entity constructors. Organisations and people are not tenant-scoped;
 * a membership is persisted by an EntityManager whose tenant is its organisation. Names are random so that
 * tests sharing a database never see each other's rows.
 */
public final class Fixtures {

  private Fixtures() {}

  public static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  /** {@code prefix} followed by a random suffix: lower-case letters, digits and hyphens only. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The tenant id of an organisation, as {@link org.missionhub.core.tenancy.Tenancy} binds it. */
  public static String tenant(Organisation organisation) {
    return organisation.id().toString();
  }

  public static Organisation organisation(TestDatabase db, String slugPrefix) {
    Organisation organisation =
        new Organisation(
            unique(slugPrefix),
            "Organisation " + slugPrefix,
            OrganisationType.LOCAL_GOVERNMENT,
            "DK",
            OrganisationStatus.ACTIVE,
            now());
    return db.withoutTenant(
        em -> {
          em.persist(organisation);
          return organisation;
        });
  }

  public static Person person(TestDatabase db, String subjectPrefix, String displayName) {
    Person person = new Person(unique(subjectPrefix), displayName, null, now());
    return db.withoutTenant(
        em -> {
          em.persist(person);
          return person;
        });
  }

  /** Persists a membership in the organisation's tenant and returns its id. */
  public static String membership(TestDatabase db, Organisation organisation, Person person, OrganisationRole role) {
    return db.inTenant(
        tenant(organisation),
        em -> {
          Membership membership = new Membership(em.find(Person.class, person.subject()), role, now());
          em.persist(membership);
          return membership.id();
        });
  }
}
