package org.missionhub.plugin.notes;

/** A note as a client writes it. */
public record NewNote(String text) {}
