package org.missionhub.plugin.survey.rest;

import java.util.Objects;
import org.missionhub.plugin.survey.export.CsvExport;
import org.missionhub.plugin.survey.export.JsonExport;
import org.missionhub.plugin.survey.service.HighlightsService;
import org.missionhub.plugin.survey.service.ResultsService;
import org.missionhub.plugin.survey.service.WaveComparisons;

/** What a campaign's results are read through: per question, across waves, as highlights, and as response exports. */
public record CampaignReports(ResultsService results, WaveComparisons waves, HighlightsService highlights, CsvExport csv, JsonExport json) {

  public CampaignReports {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(waves, "waves");
    Objects.requireNonNull(highlights, "highlights");
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(json, "json");
  }
}
