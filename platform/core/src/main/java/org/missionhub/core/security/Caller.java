package org.missionhub.core.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated person behind a request, as the verified token describes them.
 *
 * @param subject the identity provider's stable id of the person (the token's {@code sub})
 * @param email the person's e-mail address if the identity provider verified it, else null
 * @param organisationSlugs the organisations the identity provider says the person belongs to; the request
 *     may work in one of them only if MissionHub's database holds the membership too
 */
public record Caller(
    String subject,
    String displayName,
    String email,
    Set<PlatformRole> platformRoles,
    Set<String> organisationSlugs) {

  public Caller {
    Objects.requireNonNull(subject, "subject");
    if (subject.isBlank()) {
      throw new IllegalArgumentException("subject must not be blank");
    }
    displayName = displayName == null || displayName.isBlank() ? subject : displayName;
    platformRoles = platformRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(platformRoles));
    organisationSlugs = Set.copyOf(organisationSlugs);
  }

  /** The platform itself, for work no person asked for (loading demo data, start-up repairs). */
  public static Caller system(String purpose) {
    return new Caller("system:" + purpose, "MissionHub (" + purpose + ")", null, Set.of(), Set.of());
  }

  public boolean has(PlatformRole role) {
    return platformRoles.contains(role);
  }

  public boolean isSystem() {
    return subject.startsWith("system:");
  }
}
