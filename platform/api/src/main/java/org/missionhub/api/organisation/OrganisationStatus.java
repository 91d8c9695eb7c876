package org.missionhub.api.organisation;

/**
 * Lifecycle of an organisation on the platform. Only ACTIVE organisations can be worked in; a SUSPENDED
 * organisation's members lose access at their next request. An ERASED organisation (contract 1.3.0) left
 * MissionHub: only a nameless tombstone of it stays, so that what others keep (aggregates of closed surveys,
 * their missions' history) does not point at nothing.
 */
public enum OrganisationStatus {
  PENDING,
  ACTIVE,
  SUSPENDED,
  ERASED
}
