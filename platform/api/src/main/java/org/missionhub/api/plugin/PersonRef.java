package org.missionhub.api.plugin;

/** The signed-in person, as a plugin sees them: their stable identity-provider subject and display name. */
public record PersonRef(String subject, String displayName) {}
