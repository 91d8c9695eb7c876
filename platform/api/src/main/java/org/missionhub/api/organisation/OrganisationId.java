package org.missionhub.api.organisation;

import java.util.Objects;
import java.util.UUID;

/** Identity of an organisation (a tenant). Stable for the organisation's lifetime; the slug may change. */
public record OrganisationId(UUID value) {

  public OrganisationId {
    Objects.requireNonNull(value, "value");
  }

  public static OrganisationId of(String value) {
    return new OrganisationId(UUID.fromString(value));
  }

  public static OrganisationId random() {
    return new OrganisationId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
