package org.missionhub.api.plugin;

import java.util.List;

/**
 * The platform's cross-organisation workshops about one of a plugin's items (contract 1.11.0), from {@link
 * PlatformScope#workshops()} and {@link OrganisationScope#workshops()}: a benchmark analyst prepares one about, say,
 * a survey campaign's published results, for the organisations that answered it, and the plugin shows the
 * workshops about its item next to it. The platform runs the workshop (phases, notes, groups, dots, summary) and
 * decides who sees it: the analysts, and the invited organisations' people once it has opened.
 */
public interface Workshops {

  /**
   * Prepares a workshop (not yet open: the analyst opens it from its page) about the plugin's item {@code
   * draft.item()}, for the organisations named. Needs the platform role BENCHMARK_ANALYST; refused naming the field
   * when the draft is not complete (no organisation, a title too long).
   */
  WorkshopLink prepare(WorkshopDraft draft);

  /**
   * The workshops about the plugin's item {@code item}, newest first, that the caller may see: every one for a
   * benchmark analyst on the platform; in an organisation, those that invite it and have opened.
   */
  List<WorkshopLink> about(String item);
}
