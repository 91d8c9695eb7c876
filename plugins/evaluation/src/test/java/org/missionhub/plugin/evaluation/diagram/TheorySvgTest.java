package org.missionhub.plugin.evaluation.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.evaluation.model.ChangeLink;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.model.NodeKind;
import org.missionhub.plugin.evaluation.model.RollUp;
import org.missionhub.plugin.evaluation.model.TheoryOfChange;
import org.w3c.dom.Document;

class TheorySvgTest {

  private final TheoryOfChange theory = new TheoryOfChange(
      List.of(new ChangeNode("i", NodeKind.INITIATIVE, "Counsellors <script>alert(1)</script> & more", null, "ini", 1),
          new ChangeNode("o", NodeKind.OUTCOME, "Young people ask for help earlier", null, null, 1)),
      List.of(new ChangeLink("l1", "i", "o", "Schools take part", null, 1), new ChangeLink("l2", "o", null, null, "Panel study 2025", 1)));

  private String draw(Locale locale) {
    RollUp rollUp = new RollUp(theory, Map.of(), Map.of());
    return TheorySvg.draw(theory, TheoryLabels.of(locale).forDrawing(theory, ChangeNode::title, rollUp, "Halve the share of young people in distress"));
  }

  @Test
  void theDrawingIsWellFormedWithEveryStepTheTargetAndTheLinks() throws Exception {
    String svg = draw(Locale.ENGLISH);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));

    assertThat(document.getElementsByTagName("g").getLength()).as("two steps and the target").isEqualTo(3);
    assertThat(document.getElementsByTagName("path").getLength()).as("the arrow head and two links").isEqualTo(3);
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(document.getDocumentElement().getAttribute("aria-label")).startsWith("Theory of change: 2 steps and 2 links").contains("Halve the share");
  }

  @Test
  void onlyALinkWithoutEvidenceIsDashed() {
    String svg = draw(Locale.ENGLISH);
    assertThat(svg).containsOnlyOnce("stroke-dasharray");
    assertThat(svg).containsPattern("data-link=\"l1\"[^>]*stroke-dasharray");
  }

  @Test
  void theKindsAreNamedInTheReadersLanguage() {
    assertThat(draw(Locale.FRENCH)).contains("RÉSULTAT", "Cible de la mission");
    assertThat(draw(Locale.forLanguageTag("da"))).contains("EFFEKT", "Missionens mål");
    assertThat(draw(Locale.GERMAN)).as("a language the plugin does not speak").contains("OUTCOME");
  }

  @Test
  void longTitlesAreCutAtTwoLinesBetweenWords() {
    List<String> lines = TheorySvg.wrap("More young people with mental health problems get help from a counsellor at school within two weeks");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo("More young people with mental");
    assertThat(lines.get(1)).endsWith("…").hasSizeLessThanOrEqualTo(30);
    assertThat(TheorySvg.wrap("Helpline")).containsExactly("Helpline");
  }
}
