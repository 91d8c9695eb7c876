package org.missionhub.api.organisation;

/** A person's role inside one organisation. An organisation always keeps at least one ORG_ADMIN. */
public enum OrganisationRole {
  ORG_ADMIN,
  MEMBER
}
