package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.results.QuestionResult;
import org.missionhub.plugin.survey.results.WaveComparison;

/**
 * "Compare with earlier waves": the question's overall shares in each wave of its instrument as bars side by
 * side and as a table, with the change since the wave before. Loaded when opened (it reads every wave).
 */
final class WavesView extends Details {

  private static final long serialVersionUID = 1L;

  private final Locale locale;
  private boolean loaded;

  WavesView(QuestionResult q, Function<String, WaveComparison> waves, Locale locale) {
    super(Words.in("survey.waves", locale), new Div());
    this.locale = locale;
    setId("waves-" + q.question().replace('.', '-'));
    addOpenedChangeListener(e -> {
      if (e.isOpened() && !loaded) {
        loaded = true;
        try {
          setContent(content(q, waves.apply(q.question())));
        } catch (PluginProblem problem) {
          Problems.notify(problem.getMessage(), true);
        }
      }
    });
  }

  private Div content(QuestionResult q, WaveComparison comparison) {
    Div content = new Div();
    content.addClassName("survey-waves");
    List<WaveComparison.Wave> shown = comparison.waves().stream().filter(w -> !w.result().withheld() && w.result().overall() != null).toList();
    if (comparison.waves().size() < 2) {
      content.add(new Paragraph(Words.in("survey.noEarlierWave", locale)));
      return content;
    }
    if (shown.size() < comparison.waves().size()) {
      content.add(new Paragraph(Words.in("survey.waveTooFew", locale)));
    }
    if (q.categories().isEmpty()) {
      content.add(table(q.label(), comparison, List.of(Words.in("survey.mean", locale), Words.in("survey.median", locale)), (wave, r) -> number(r == 0 ? row(wave).map(QuestionResult.Row::mean) : row(wave).map(QuestionResult.Row::median)),
          r -> change(comparison, r == 0 ? WaveComparison.ChangeRow::mean : WaveComparison.ChangeRow::median)));
      return content;
    }
    List<BarChart.Bar> bars = new ArrayList<>();
    for (QuestionResult.Category category : q.categories()) {
      for (WaveComparison.Wave wave : shown) {
        Optional<QuestionResult.Cell> cell = cell(wave, category.code());
        bars.add(new BarChart.Bar(category.label() + " · " + Words.in("survey.wave", locale, waveNumber(comparison, wave)), cell.map(QuestionResult.Cell::percentOfRespondents).orElse(null),
            cell.map(c -> Shares.text(c, false, locale)).orElse("–"), null, null));
      }
    }
    content.add(new BarChart(q.label() + " · " + Words.in("survey.waves", locale), bars, null, locale));
    content.add(table(q.label(), comparison, q.categories().stream().map(QuestionResult.Category::label).toList(),
        (wave, r) -> cell(wave, q.categories().get(r).code()).map(c -> Shares.text(c, false, locale)).orElse("–"), r -> lastChange(comparison, q.categories().get(r).code())));
    List<WaveComparison.ChangeTable> breakdowns = comparison.steps().isEmpty() ? List.of()
        : comparison.steps().get(comparison.steps().size() - 1).tables().stream().filter(t -> !t.by().equals("all")).toList();
    if (!breakdowns.isEmpty()) {
      content.add(breakdownChanges(q, breakdowns));
    }
    return content;
  }

  /** The change since the wave before, group by group, for a breakdown both waves offer. */
  private Div breakdownChanges(QuestionResult q, List<WaveComparison.ChangeTable> breakdowns) {
    Select<String> by = new Select<>();
    by.setLabel(Words.in("survey.changeBy", locale));
    List<String> choices = new ArrayList<>(List.of(""));
    breakdowns.forEach(t -> choices.add(t.by()));
    by.setItems(choices);
    by.setItemLabelGenerator(d -> d.isEmpty() ? Words.in("survey.none", locale) : Dimensions.label(d, locale));
    by.setValue("");
    by.setId("waves-by-" + q.question().replace('.', '-'));
    Div holder = new Div(by);
    Div shown = new Div();
    by.addValueChangeListener(e -> {
      shown.removeAll();
      breakdowns.stream().filter(t -> t.by().equals(e.getValue())).findFirst().ifPresent(t -> shown.add(groupTable(q, t)));
    });
    holder.add(shown);
    return holder;
  }

  private Div groupTable(QuestionResult q, WaveComparison.ChangeTable changes) {
    Element table = new Element("table");
    table.appendChild(new Element("caption").setText(q.label() + " · " + Words.in("survey.change", locale) + " · " + Dimensions.label(changes.by(), locale)));
    Element head = new Element("tr");
    head.appendChild(SurveyTables.th(Words.in("survey.group", locale)));
    q.categories().forEach(c -> head.appendChild(SurveyTables.th(c.label())));
    table.appendChild(new Element("thead").appendChild(head));
    Element body = new Element("tbody");
    for (WaveComparison.ChangeRow row : changes.rows()) {
      Element tr = new Element("tr");
      tr.appendChild(SurveyTables.rowHeader(Shares.group(row.group(), locale)));
      for (QuestionResult.Category category : q.categories()) {
        Optional<WaveComparison.Change> change = row.cells().stream().filter(c -> c.category().equals(category.code())).findFirst();
        tr.appendChild(new Element("td").setText(change.map(this::points).orElse("–")));
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
    return SurveyTables.holder(table, "waves-group-table");
  }

  private String points(WaveComparison.Change change) {
    return change.withheld() ? Words.in("survey.withheld", locale) : Words.in("survey.points", locale, signed(change.points()));
  }

  private interface CellText {
    String of(WaveComparison.Wave wave, int row);
  }

  /** A row per answer (or per mean and median), a column per wave, and the change since the wave before the last. */
  private Div table(String caption, WaveComparison comparison, List<String> rows, CellText text, Function<Integer, String> change) {
    Element table = new Element("table");
    table.appendChild(new Element("caption").setText(caption + " · " + Words.in("survey.waves", locale)));
    Element head = new Element("tr");
    head.appendChild(SurveyTables.th(Words.in("survey.category", locale)));
    comparison.waves().forEach(w -> head.appendChild(SurveyTables.th(Words.in("survey.wave", locale, waveNumber(comparison, w)) + ": " + name(w))));
    head.appendChild(SurveyTables.th(Words.in("survey.change", locale)));
    table.appendChild(new Element("thead").appendChild(head));
    Element body = new Element("tbody");
    for (int r = 0; r < rows.size(); r++) {
      Element tr = new Element("tr");
      tr.appendChild(SurveyTables.rowHeader(rows.get(r)));
      for (WaveComparison.Wave wave : comparison.waves()) {
        tr.appendChild(new Element("td").setText(wave.result().withheld() ? Words.in("survey.withheld", locale) : text.of(wave, r)));
      }
      tr.appendChild(new Element("td").setText(change.apply(r)));
      body.appendChild(tr);
    }
    table.appendChild(body);
    return SurveyTables.holder(table, "waves-table");
  }

  private String lastChange(WaveComparison comparison, String category) {
    Optional<WaveComparison.Change> change = overallChange(comparison).flatMap(r -> r.cells().stream().filter(c -> c.category().equals(category)).findFirst());
    return change.map(this::points).orElse("–");
  }

  private String change(WaveComparison comparison, Function<WaveComparison.ChangeRow, Double> value) {
    return overallChange(comparison).map(value).map(this::signed).orElse("–");
  }

  private static Optional<WaveComparison.ChangeRow> overallChange(WaveComparison comparison) {
    if (comparison.steps().isEmpty()) {
      return Optional.empty();
    }
    return comparison.steps().get(comparison.steps().size() - 1).tables().stream().filter(t -> t.by().equals("all")).flatMap(t -> t.rows().stream()).findFirst();
  }

  private static Optional<QuestionResult.Row> row(WaveComparison.Wave wave) {
    return Optional.ofNullable(wave.result().overall()).flatMap(t -> t.rows().stream().findFirst());
  }

  private static Optional<QuestionResult.Cell> cell(WaveComparison.Wave wave, String category) {
    return row(wave).flatMap(r -> r.cells().stream().filter(c -> c.category().equals(category)).findFirst());
  }

  /** The wave's number, 1 for the oldest. */
  private static int waveNumber(WaveComparison comparison, WaveComparison.Wave wave) {
    return comparison.waves().indexOf(wave) + 1;
  }

  private String name(WaveComparison.Wave wave) {
    return wave.title() + " (" + wave.closesAt().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)) + ")";
  }

  private String number(Optional<Double> value) {
    return value.map(v -> {
      NumberFormat format = NumberFormat.getNumberInstance(locale);
      format.setMaximumFractionDigits(2);
      return format.format(v);
    }).orElse("–");
  }

  private String signed(Double value) {
    if (value == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return (value > 0 ? "+" : "") + format.format(value);
  }

}
