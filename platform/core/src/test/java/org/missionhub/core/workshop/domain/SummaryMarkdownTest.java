package org.missionhub.core.workshop.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryMarkdownTest {

  private static String texts(String key, Object[] arguments) {
    return key + java.util.Arrays.toString(arguments);
  }

  @Test
  void clustersComeFirstWithTheirNotesAndNothingWrittenBreaksTheDocument() {
    WorkshopSummary summary = new WorkshopSummary("Good # missions", false, 3, 2, 5, List.of(
        new WorkshopSummary.Prompt(0, "What makes a *good* mission?", List.of(
            new WorkshopSummary.Cluster("Targets", 4, List.of(
                new WorkshopSummary.Note("n1", "A clear target\n# not a heading", 3, "Anna", "Ministry"),
                new WorkshopSummary.Note("n2", "[click](javascript:alert(1))", 1, "Bo", "NGO"))),
            new WorkshopSummary.Cluster(null, 1, List.of(new WorkshopSummary.Note("n3", "Patience", 1, null, null))))),
        new WorkshopSummary.Prompt(1, "Support?", List.of())));

    String markdown = SummaryMarkdown.of(summary, SummaryMarkdownTest::texts);

    assertThat(markdown).startsWith("# Good \\# missions\n");
    assertThat(markdown).contains("## What makes a \\*good\\* mission?");
    assertThat(markdown).contains("- **Targets** (workshop.summary.dots[4])\n  - A clear target \\# not a heading (workshop.summary.dots[3]; Anna, Ministry)\n");
    assertThat(markdown).contains("\\[click\\]\\(javascript:alert\\(1\\)\\)");
    assertThat(markdown).contains("\n- Patience (workshop.summary.dots[1])\n");
    assertThat(markdown).contains("## Support?\n\nworkshop.summary.noNotes[]");
    assertThat(markdown.lines()).noneMatch(line -> line.startsWith("# not"));
  }
}
