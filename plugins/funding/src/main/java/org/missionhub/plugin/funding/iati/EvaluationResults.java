package org.missionhub.plugin.funding.iati;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.missionhub.plugin.evaluation.api.ResultFacts;

/**
 * The evaluation plugin's results as IATI 2.03 {@code result} elements (issue 16): one per step of the theory
 * of change that indicators measure (output 1, outcome 2) and one for the indicators measuring none (other 9);
 * each indicator with its code (vocabulary 99, the reporting organisation's), its measure (percentage 2 for a
 * unit of %, else unit 1), which way it should go, its baseline and its periods' targets and totals reported.
 * Only loaded when the evaluation plugin's service is there ({@code evaluation/EvaluationFeed}).
 */
public final class EvaluationResults {

  private EvaluationResults() {}

  /** The results as they will be written. */
  public static ResultsXml written(List<ResultFacts> results) {
    return xml -> {
      for (ResultFacts result : results) {
        write(xml, result);
      }
    };
  }

  private static void write(XmlOut xml, ResultFacts result) throws XMLStreamException {
    xml.start("result").attr("type", switch (result.level()) {
      case OUTPUT -> "1";
      case OUTCOME -> "2";
      case OTHER -> "9";
    });
    xml.start("title").element("narrative", result.title() == null ? "Indicators of the mission" : result.title()).end();
    for (ResultFacts.IndicatorFacts indicator : result.indicators()) {
      xml.start("indicator").attr("measure", indicator.isPercentage() ? "2" : "1")
          .attr("ascending", indicator.ascending() == null ? null : indicator.ascending() ? "1" : "0");
      narratives(xml, "title", indicator.name());
      if (!indicator.definition().isEmpty()) {
        narratives(xml, "description", indicator.definition());
      }
      xml.start("reference").attr("vocabulary", "99").attr("code", indicator.code()).end();
      if (indicator.baselineDate() != null) {
        xml.start("baseline").attr("year", Integer.toString(indicator.baselineDate().getYear())).attr("iso-date", indicator.baselineDate().toString())
            .attr("value", indicator.baselineValue().toPlainString()).end();
      }
      for (ResultFacts.PeriodFacts period : indicator.periods()) {
        xml.start("period");
        xml.start("period-start").attr("iso-date", period.start().toString()).end();
        xml.start("period-end").attr("iso-date", period.end().toString()).end();
        if (period.target() != null) {
          xml.start("target").attr("value", period.target().toPlainString());
          if (period.targetUpper() != null) {
            // IATI has one value per target: a range keeps its lower bound and says the whole range
            xml.start("comment").element("narrative", "Within " + plain(period.target()) + " to " + plain(period.targetUpper())).end();
          }
          xml.end();
        }
        if (period.actual() != null) {
          xml.start("actual").attr("value", period.actual().toPlainString()).end();
        }
        xml.end();
      }
      xml.end();
    }
    xml.end();
  }

  /** The English text without a language (the activity's), the others with theirs. */
  private static void narratives(XmlOut xml, String element, Map<String, String> texts) throws XMLStreamException {
    xml.start(element);
    xml.element("narrative", texts.get("en"));
    for (Map.Entry<String, String> text : texts.entrySet()) {
      if (!text.getKey().equals("en")) {
        xml.start("narrative").lang(text.getKey()).text(text.getValue()).end();
      }
    }
    xml.end();
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }
}
