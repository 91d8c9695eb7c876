package org.missionhub.plugin.survey.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.missionhub.plugin.survey.grouping.Breakdown;
import org.missionhub.plugin.survey.grouping.Dimension;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.store.GroupingCounts;
import org.missionhub.plugin.survey.store.ResultsStore;

/**
 * Builds a question's results: counts the overall distribution and every breakdown, protects them
 * together ({@link DisclosureControl}) and shapes what may be published; a number question's mean and
 * median come from {@link NumberReports}. The whole report is always
 * protected as one, so that its overall row and any peer group shown elsewhere are the same numbers.
 */
public final class QuestionReports {

  private final ResultsStore store;

  public QuestionReports(ResultsStore store) {
    this.store = store;
  }

  public QuestionResult report(String campaignId, int minimum, Instrument instrument, Question question, Locale locale) {
    String label = question.label().in(locale);
    if (question.type() == QuestionType.MATRIX) {
      List<QuestionResult> items = new ArrayList<>();
      for (Option item : question.items()) {
        items.add(closed(campaignId, minimum, question.options(), false, question.itemKey(item), item.label().in(locale), QuestionType.LIKERT, locale));
      }
      return new QuestionResult(question.code(), label, question.type().name(), null, false, List.of(), null, List.of(), List.of(), items);
    }
    if (question.type().hasOptions() || question.type() == QuestionType.COUNTRY) {
      return closed(campaignId, minimum, question.options(), question.otherSpecify(), question.code(), label, question.type(), locale);
    }
    // a calculated value's report is a number's (its computed numbers; computed text is not coded)
    if (question.type() == QuestionType.NUMBER || question.type() == QuestionType.CALCULATED) {
      return new NumberReports(store).report(campaignId, minimum, question.code(), label, question.type().name());
    }
    long answered = store.count(campaignId, question.code(), Optional.empty(), Optional.empty()).groups().values().stream()
        .flatMap(m -> m.values().stream()).mapToLong(v -> v[1]).sum();
    boolean withheld = answered < minimum;
    return new QuestionResult(question.code(), label, question.type().name(), withheld ? null : answered, withheld, List.of(), null, List.of(), List.of(), List.of());
  }

  private QuestionResult closed(
      String campaignId, int minimum, List<Option> scale, boolean otherSpecify, String key, String label, QuestionType type, Locale locale) {
    Counted counted = counted(campaignId, minimum, scale, otherSpecify, key, type, locale);
    List<QuestionResult.Category> categories = counted.categories();
    ProtectedCounts safe = counted.safe();
    if (safe.withheld()) {
      return new QuestionResult(key, label, type.name(), null, true, categories, null, List.of(), safe.notOffered(), List.of());
    }
    List<String> codes = safe.source().categories();
    Optional<double[]> scores = safe.source().scores();
    ProtectedTable overall = safe.overall().orElseThrow();
    return new QuestionResult(
        key, label, type.name(), overall.counts().respondents()[0], false, categories, table(overall, codes, scores),
        safe.breakdowns().stream().map(t -> table(t, codes, scores)).toList(), safe.notOffered(), List.of());
  }

  /** A closed question's categories and its report's counts as published (what a cross-tabulation is checked against). */
  record Counted(List<QuestionResult.Category> categories, ProtectedCounts safe) {}

  Counted counted(Question question, String campaignId, int minimum, Locale locale) {
    return counted(campaignId, minimum, question.options(), question.otherSpecify(), question.code(), question.type(), locale);
  }

  Counted counted(
      String campaignId, int minimum, List<Option> scale, boolean otherSpecify, String key, QuestionType type, Locale locale) {
    GroupingCounts.AllGroups groups = store.countAll(campaignId, key);
    ResultsStore.Grouped all = groups.overall();
    List<QuestionResult.Category> categories = new ArrayList<>(scale.stream().map(o -> new QuestionResult.Category(o.code(), o.label().in(locale))).toList());
    if (type == QuestionType.COUNTRY) {
      // The countries answered, named in the reader's language.
      all.values().stream().filter(v -> !v.isEmpty()).forEach(v -> categories.add(new QuestionResult.Category(v, new Locale("", v).getDisplayCountry(locale))));
    }
    if (otherSpecify) {
      categories.add(new QuestionResult.Category(Question.OTHER, otherLabel(locale)));
    }
    List<String> codes = categories.stream().map(QuestionResult.Category::code).toList();
    Optional<double[]> scores = type == QuestionType.LIKERT ? Optional.of(java.util.stream.IntStream.rangeClosed(1, codes.size()).asDoubleStream().toArray()) : Optional.empty();
    List<Breakdown> breakdowns = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      breakdowns.add(groups.breakdowns().get(d).breakdown(d.apiName(), codes));
    }
    QuestionCounts counts = new QuestionCounts(codes, scores, all.breakdown(Breakdown.ALL, codes), breakdowns);
    return new Counted(List.copyOf(categories), new DisclosureControl(minimum).protect(counts));
  }

  static QuestionResult.Table table(ProtectedTable table, List<String> codes, Optional<double[]> scores) {
    List<QuestionResult.Row> rows = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      long n = table.counts().respondents()[r];
      long mentions = table.counts().mentions(r);
      long[] counts = table.counts().counts()[r];
      List<QuestionResult.Cell> cells = new ArrayList<>();
      for (int c = 0; c < codes.size(); c++) {
        if (table.isWithheld(r, c)) {
          cells.add(new QuestionResult.Cell(codes.get(c), null, null, null, true));
        } else {
          cells.add(new QuestionResult.Cell(codes.get(c), counts[c], percent(counts[c], n), percent(counts[c], mentions), false));
        }
      }
      Double mean = scores.map(s -> round(weighted(s, counts) / Math.max(1, mentions), 2)).orElse(null);
      Double median = scores.map(s -> median(s, counts, mentions)).orElse(null);
      rows.add(new QuestionResult.Row(table.rows().get(r), n, mentions, cells, mean, median));
    }
    return new QuestionResult.Table(table.name(), rows);
  }

  private static double weighted(double[] scores, long[] counts) {
    double sum = 0;
    for (int c = 0; c < counts.length; c++) {
      sum += scores[c] * counts[c];
    }
    return sum;
  }

  /** The point below and above which half the answers lie (the mean of the two middle ones for an even count). */
  private static double median(double[] scores, long[] counts, long total) {
    if (total == 0) {
      return 0;
    }
    return (nth(scores, counts, (total - 1) / 2) + nth(scores, counts, total / 2)) / 2;
  }

  private static double nth(double[] scores, long[] counts, long index) {
    long seen = 0;
    for (int c = 0; c < counts.length; c++) {
      seen += counts[c];
      if (index < seen) {
        return scores[c];
      }
    }
    return scores[scores.length - 1];
  }

  private static Double percent(long count, long of) {
    return of == 0 ? null : round(100.0 * count / of, 1);
  }

  private static double round(double value, int places) {
    double scale = Math.pow(10, places);
    return Math.round(value * scale) / scale;
  }

  static String otherLabel(Locale locale) {
    return switch (locale.getLanguage()) {
      case "fr" -> "Autre";
      case "da" -> "Andet";
      default -> "Other";
    };
  }
}
