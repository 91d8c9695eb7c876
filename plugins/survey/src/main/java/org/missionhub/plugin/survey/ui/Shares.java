package org.missionhub.plugin.survey.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionhub.plugin.survey.results.QuestionResult;

/** Turns a published row into bars and texts: "60 % (3)", or "withheld" for a cell resting on too few. */
final class Shares {

  private Shares() {}

  static List<BarChart.Bar> bars(List<QuestionResult.Category> categories, QuestionResult.Row row, boolean mentions, Locale locale) {
    List<BarChart.Bar> bars = new ArrayList<>();
    for (int c = 0; c < categories.size(); c++) {
      QuestionResult.Cell cell = row.cells().get(c);
      Double percent = mentions ? cell.percentOfMentions() : cell.percentOfRespondents();
      bars.add(new BarChart.Bar(categories.get(c).label(), percent, text(cell, mentions, locale), null, null));
    }
    return bars;
  }

  static String text(QuestionResult.Cell cell, boolean mentions, Locale locale) {
    if (cell.withheld()) {
      return Words.in("survey.withheld", locale);
    }
    Double percent = mentions ? cell.percentOfMentions() : cell.percentOfRespondents();
    return percent(percent, locale) + " (" + cell.count() + ")";
  }

  static String percent(Double value, Locale locale) {
    if (value == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    return format.format(value) + " %";
  }

  static String group(String group, Locale locale) {
    if ("_other".equals(group)) {
      return Words.in("survey.otherGroups", locale);
    }
    if (group.startsWith("NACE_") || group.startsWith("COFOG_") || group.equals("NONE")) {
      return Words.in(group.equals("NONE") ? "sector.none" : "sector." + group, locale);
    }
    if (group.length() == 2 && group.equals(group.toUpperCase(Locale.ROOT))) {
      return new Locale("", group).getDisplayCountry(locale);
    }
    String words = group.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
