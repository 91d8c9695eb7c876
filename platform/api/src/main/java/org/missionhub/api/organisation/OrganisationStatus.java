package org.missionhub.api.organisation;

/**
 * Lifecycle of an organisation on the platform. Only ACTIVE organisations can be worked in; a SUSPENDED
 * organisation's members lose access at their next request.
 */
public enum OrganisationStatus {
  PENDING,
  ACTIVE,
  SUSPENDED
}
