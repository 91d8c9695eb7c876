package org.missionhub.core.security;

/**
 * Whether a person's account may still be used: asked on each request, so that an account disabled in the
 * identity provider stops working within seconds, whatever token it still holds. The identity layer
 * implements it.
 */
public interface AccountStatus {

  /** False if the account is disabled or gone. */
  boolean isActive(String subject);

  /**
   * Forgets what is remembered about the account, so that its next request asks the identity provider
   * (the provider ended the person's sessions: the account may have been disabled).
   */
  void recheck(String subject);
}
