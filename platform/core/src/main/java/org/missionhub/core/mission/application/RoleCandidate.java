package org.missionhub.core.mission.application;

/**
 * A person who may be given a mission role, and the organisation (lead or accepted partner) through which
 * they would hold it.
 */
public record RoleCandidate(String subject, String displayName, String organisationSlug, String organisationName) {}
