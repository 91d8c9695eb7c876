package org.missionhub.core.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.missionhub.core.testing.DomainObjects.T0;
import static org.missionhub.core.testing.DomainObjects.organisation;

import org.junit.jupiter.api.Test;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;

/** What stays of an erased organisation: a nameless tombstone that nothing brings back. */
class OrganisationErasureTest {

  @Test
  void aSuspendedOrganisationBecomesANamelessTombstoneWithAFreeSlug() {
    // given
    Organisation organisation = organisation("city-of-aarhus");
    organisation.recordWebDomain("aarhus.example");
    organisation.linkIdentityProvider("kc-1");
    organisation.changeStatus(OrganisationStatus.SUSPENDED, T0);

    // when
    organisation.erase(T0.plusDays(1));

    // then
    assertThat(organisation.status()).isEqualTo(OrganisationStatus.ERASED);
    assertThat(organisation.slug()).isEqualTo(Organisation.tombstoneSlug(organisation.id())).startsWith("erased-").hasSize(15);
    assertThat(organisation.name()).doesNotContain("aarhus").startsWith("Erased organisation");
    assertThat(organisation.webDomain()).isNull();
    assertThat(organisation.identityProviderId()).isEmpty();
    assertThat(organisation.type()).isEqualTo(OrganisationType.NGO);
    assertThat(organisation.isActive()).isFalse();
  }

  @Test
  void anActiveOrganisationIsSuspendedBeforeItIsErased() {
    Organisation organisation = organisation("still-working");

    assertThatThrownBy(() -> organisation.erase(T0))
        .isInstanceOfSatisfying(ApplicationException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
    assertThat(organisation.status()).isEqualTo(OrganisationStatus.ACTIVE);
    assertThat(organisation.slug()).isEqualTo("still-working");
  }

  @Test
  void anErasedOrganisationNeitherChangesStatusNorIsErasedTwice() {
    // given
    Organisation organisation = organisation("gone");
    organisation.changeStatus(OrganisationStatus.SUSPENDED, T0);
    organisation.erase(T0);
    String tombstone = organisation.slug();

    // when / then
    assertThatThrownBy(() -> organisation.changeStatus(OrganisationStatus.ACTIVE, T0))
        .isInstanceOfSatisfying(ApplicationException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
    organisation.erase(T0.plusDays(2));
    assertThat(organisation.slug()).isEqualTo(tombstone);
    assertThat(organisation.updatedAt()).isEqualTo(T0);
  }

  @Test
  void erasedIsNoStatusToChangeTo() {
    Organisation organisation = organisation("not-this-way");

    assertThatThrownBy(() -> organisation.changeStatus(OrganisationStatus.ERASED, T0))
        .isInstanceOfSatisfying(ApplicationException.class, e -> assertThat(e.getMessage()).contains("erasure"));
    assertThat(organisation.status()).isEqualTo(OrganisationStatus.ACTIVE);
  }
}
