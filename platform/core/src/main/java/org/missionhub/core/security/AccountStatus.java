package org.missionhub.core.security;

/**
 * Whether a person's account may still be used: asked on each request, so that an account disabled in the
 * identity provider stops working at once, whatever token it still holds. The identity layer implements it.
 */
public interface AccountStatus {

  /** False if the account is disabled or gone. */
  boolean isActive(String subject);
}
