package org.missionhub.plugin.support.imports;

/** One thing wrong in an import file: its row (1 is the header), the column, and why. */
public record ImportProblem(long row, String column, String message) {}
