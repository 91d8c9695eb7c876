package org.missionhub.plugin.survey.highlights;

import java.util.List;
import org.missionhub.plugin.survey.results.QuestionResult;

/**
 * A campaign's highlights report in one language: its chartable questions' overall results, chapter by
 * chapter, exactly as the per-question results publish them (same counts, same withheld cells).
 *
 * @param respondents how many answered the campaign (null when fewer than the minimum)
 * @param resultsPublished whether the results are published (an analyst may read the report before)
 */
public record Highlights(
    String campaignId, String title, String language, Long respondents, int minimumCellSize, boolean resultsPublished, List<Chapter> chapters) {

  public Highlights {
    chapters = List.copyOf(chapters);
  }

  /** A chapter's title and its questions' overall results (a matrix with its items). */
  public record Chapter(String title, List<QuestionResult> questions) {

    public Chapter {
      questions = List.copyOf(questions);
    }
  }
}
