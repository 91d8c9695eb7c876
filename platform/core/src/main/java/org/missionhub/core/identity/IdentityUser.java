package org.missionhub.core.identity;

import java.util.Objects;

/** A person as the identity provider knows them. */
public record IdentityUser(
    String id, String username, String email, boolean emailVerified, boolean enabled, String displayName) {

  public IdentityUser {
    Objects.requireNonNull(id, "id");
    displayName = displayName == null || displayName.isBlank() ? username : displayName;
  }
}
