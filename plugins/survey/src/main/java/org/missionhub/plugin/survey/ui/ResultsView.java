package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.results.QuestionResult;
import org.missionhub.plugin.survey.service.ResultsService;

/**
 * A campaign's published results, question by question: the overall shares as bars (with a table), the
 * mean of a scale, the mean and median of a number question, any breakdown on offer as a table per
 * group, and a single-answer question crossed with another.
 */
public final class ResultsView extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient ResultsSource source;
  private final List<QuestionResult> crossTabbable;
  private final Locale locale;

  public ResultsView(ResultsService.Overview overview, ResultsSource source, Locale locale) {
    this.source = source;
    // whole closed questions and matrix items (each reported like a scale question)
    this.crossTabbable = overview.questions().stream().flatMap(q -> q.items().isEmpty() ? java.util.stream.Stream.of(q) : q.items().stream())
        .filter(q -> CrossTabView.TYPES.contains(q.type()) && !q.withheld()).toList();
    this.locale = locale;
    setId("survey-results");
    setPadding(false);
    add(new Paragraph(Words.in("survey.respondents", locale) + ": " + (overview.respondents() == null ? Words.in("survey.tooFew", locale) : overview.respondents())));
    for (QuestionResult question : overview.questions()) {
      add(question(question));
    }
  }

  private Div question(QuestionResult q) {
    Div block = new Div();
    block.addClassName("survey-question-result");
    block.setId("result-" + q.question().replace('.', '-'));
    block.add(new H4(q.label()));
    if (!q.items().isEmpty()) {
      for (QuestionResult item : q.items()) {
        Div sub = new Div(new H5(item.label()));
        sub.add(body(item));
        block.add(sub);
      }
      return block;
    }
    block.add(body(q));
    return block;
  }

  private Div body(QuestionResult q) {
    Div body = new Div();
    if (q.withheld() || q.respondents() == null) {
      body.add(new Paragraph(Words.in("survey.tooFew", locale)));
      return body;
    }
    body.add(new Paragraph(Words.in("survey.respondents", locale) + ": " + q.respondents()));
    if (q.overall() == null) {
      body.add(new Paragraph(Words.in("survey.textOnlyCounted", locale)));
      return body;
    }
    QuestionResult.Row all = q.overall().rows().get(0);
    if (q.categories().isEmpty()) {
      // A number question: no shares, its mean and median.
      body.add(new Paragraph(Words.in("survey.mean", locale) + ": " + number(all.mean()) + " · " + Words.in("survey.median", locale) + ": " + number(all.median())));
    } else {
      body.add(new BarChart(q.label(), Shares.bars(q.categories(), all, false, locale), null, locale));
    }
    if (all.mean() != null && !q.categories().isEmpty()) {
      body.add(new Paragraph(Words.in("survey.mean", locale) + ": " + all.mean() + " / " + q.categories().size()));
    }
    List<String> offered = q.breakdowns().stream().map(QuestionResult.Table::by).toList();
    if (!offered.isEmpty()) {
      Select<String> by = new Select<>();
      by.setLabel(Words.in("survey.breakdown", locale));
      List<String> choices = new ArrayList<>(List.of(""));
      choices.addAll(offered);
      by.setItems(choices);
      by.setItemLabelGenerator(d -> d.isEmpty() ? Words.in("survey.none", locale) : Dimensions.label(d, locale));
      by.setValue("");
      by.setId("breakdown-" + q.question().replace('.', '-'));
      Div table = new Div();
      by.addValueChangeListener(e -> {
        table.removeAll();
        if (!e.getValue().isEmpty()) {
          QuestionResult full = source.question(q.question().contains(".") ? q.question().substring(0, q.question().indexOf('.')) : q.question());
          QuestionResult target = full.items().isEmpty() ? full : full.items().stream().filter(i -> i.question().equals(q.question())).findFirst().orElse(full);
          target.breakdowns().stream().filter(t -> t.by().equals(e.getValue())).findFirst().ifPresent(t -> {
            table.add(breakdown(target, t));
            if (target == full && CrossTabView.TYPES.contains(full.type())) {
              table.add(inside(full, t));
            }
          });
        }
      });
      body.add(by, table);
    }
    List<QuestionResult> others = crossTabbable.stream().filter(o -> !o.question().equals(q.question())).toList();
    if (CrossTabView.TYPES.contains(q.type()) && !others.isEmpty()) {
      body.add(new CrossTabView(q, others, source::crossTab, locale));
    }
    if (source.comparesWaves() && (CrossTabView.TYPES.contains(q.type()) || q.categories().isEmpty())) {
      body.add(new WavesView(q, source::waves, locale));
    }
    return body;
  }

  /** "Look inside a group": the question within one group of the breakdown, broken down by the other dimensions. */
  private Div inside(QuestionResult q, QuestionResult.Table by) {
    Div holder = new Div();
    List<String> groups = by.rows().stream().map(QuestionResult.Row::group).filter(g -> !g.startsWith("_")).toList();
    if (groups.isEmpty()) {
      return holder;
    }
    Select<String> group = new Select<>();
    group.setLabel(Words.in("survey.inside", locale) + " (" + Dimensions.label(by.by(), locale) + ")");
    group.setItems(groups);
    group.setEmptySelectionAllowed(true);
    group.setEmptySelectionCaption(Words.in("survey.noCrosstab", locale));
    group.setItemLabelGenerator(g -> g == null ? Words.in("survey.noCrosstab", locale) : Shares.group(g, locale));
    group.setId("inside-" + q.question());
    group.setWidth("min(40em, 100%)");
    Div tables = new Div();
    tables.setId("inside-tables");
    group.addValueChangeListener(e -> {
      tables.removeAll();
      if (e.getValue() == null) {
        return;
      }
      QuestionResult within;
      try {
        within = source.filtered(q.question(), by.by() + ":" + e.getValue());
      } catch (PluginProblem problem) {
        Problems.notify(problem.getMessage(), true);
        return;
      }
      if (within.withheld() || within.breakdowns().isEmpty()) {
        tables.add(new Paragraph(Words.in("survey.insideTooFew", locale)));
        return;
      }
      QuestionResult named = new QuestionResult(within.question(), q.label() + " · " + Shares.group(e.getValue(), locale), within.type(), within.respondents(),
          within.withheld(), within.categories(), within.overall(), within.breakdowns(), within.notOffered(), within.items());
      within.breakdowns().forEach(t -> tables.add(breakdown(named, t)));
    });
    holder.add(group, tables);
    return holder;
  }

  private String number(Double value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  private Div breakdown(QuestionResult q, QuestionResult.Table t) {
    Element table = new Element("table");
    table.appendChild(new Element("caption").setText(q.label() + " · " + Dimensions.label(t.by(), locale)));
    Element head = new Element("tr");
    head.appendChild(new Element("th").setAttribute("scope", "col").setText(Words.in("survey.group", locale)), new Element("th").setAttribute("scope", "col").setText(Words.in("survey.respondents", locale)));
    q.categories().forEach(c -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(c.label())));
    boolean scale = t.rows().stream().anyMatch(r -> r.mean() != null);
    if (scale) {
      head.appendChild(new Element("th").setAttribute("scope", "col").setText(Words.in("survey.mean", locale)));
      head.appendChild(new Element("th").setAttribute("scope", "col").setText(Words.in("survey.median", locale)));
    }
    table.appendChild(new Element("thead").appendChild(head));
    Element body = new Element("tbody");
    for (QuestionResult.Row row : t.rows()) {
      Element tr = new Element("tr");
      tr.appendChild(new Element("th").setAttribute("scope", "row").setText(Shares.group(row.group(), locale)), new Element("td").setText(Long.toString(row.respondents())));
      row.cells().forEach(c -> tr.appendChild(new Element("td").setText(Shares.text(c, false, locale))));
      if (scale) {
        tr.appendChild(new Element("td").setText(number(row.mean())));
        tr.appendChild(new Element("td").setText(number(row.median())));
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
    return SurveyTables.holder(table, "breakdown-table");
  }
}
