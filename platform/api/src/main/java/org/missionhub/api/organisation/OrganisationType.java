package org.missionhub.api.organisation;

/** The kinds of organisation that take part in missions (the survey's "organisation type / sector"). */
public enum OrganisationType {
  NATIONAL_GOVERNMENT,
  REGIONAL_GOVERNMENT,
  LOCAL_GOVERNMENT,
  NGO,
  FOUNDATION,
  PRIVATE_SECTOR,
  ACADEMIA,
  INTERNATIONAL_ORGANISATION
}
