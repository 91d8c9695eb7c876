package org.missionhub.plugin.notes;

import java.time.OffsetDateTime;

/** One note on a mission. */
public record Note(String id, String text, String authorName, OffsetDateTime createdAt) {}
