package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.results.CrossTabResult;
import org.missionhub.plugin.survey.results.QuestionResult;

/**
 * "Cross with": a closed question's answers against another's, as a table of counts and shares of
 * the row, with what disclosure control withheld marked as such.
 */
final class CrossTabView extends Div {

  private static final long serialVersionUID = 1L;

  /** The question types a cross-tabulation takes (as {@code CrossTabs.accepts}). */
  static final Set<String> TYPES = Set.of("SINGLE_CHOICE", "MULTIPLE_CHOICE", "LIKERT", "COUNTRY");

  private final transient BiFunction<String, String, CrossTabResult> crossTab;
  private final Locale locale;
  private final Div table = new Div();

  CrossTabView(QuestionResult rows, List<QuestionResult> others, BiFunction<String, String, CrossTabResult> crossTab, Locale locale) {
    this.crossTab = crossTab;
    this.locale = locale;
    Select<QuestionResult> with = new Select<>();
    with.setLabel(Words.in("survey.crossWith", locale));
    with.setItems(others);
    with.setEmptySelectionAllowed(true);
    with.setEmptySelectionCaption(Words.in("survey.noCrosstab", locale));
    with.setItemLabelGenerator(q -> q == null ? Words.in("survey.noCrosstab", locale) : q.label());
    with.setId("crosstab-" + rows.question());
    with.setWidth("min(40em, 100%)");
    with.addValueChangeListener(e -> {
      table.removeAll();
      if (e.getValue() != null) {
        try {
          table.add(render(this.crossTab.apply(rows.question(), e.getValue().question())));
        } catch (PluginProblem problem) {
          Problems.notify(problem.getMessage(), true);
        }
      }
    });
    add(with, table);
  }

  private Div render(CrossTabResult result) {
    Div holder = new Div();
    holder.addClassName("survey-table");
    holder.setId("crosstab-table");
    if (result.withheld()) {
      holder.add(new Paragraph(Words.in("survey.crosstabWithheld", locale)));
      return holder;
    }
    Element t = new Element("table");
    t.appendChild(new Element("caption").setText(result.rowsLabel() + " × " + result.columnsLabel()));
    Element head = new Element("tr");
    head.appendChild(new Element("th").setAttribute("scope", "col").setText(result.rowsLabel()), new Element("th").setAttribute("scope", "col").setText(Words.in("survey.respondents", locale)));
    result.columnCategories().forEach(c -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(c.label())));
    t.appendChild(new Element("thead").appendChild(head));
    Element body = new Element("tbody");
    for (CrossTabResult.Row row : result.table()) {
      Element tr = new Element("tr");
      tr.appendChild(new Element("th").setAttribute("scope", "row").setText(row.label()), new Element("td").setText(row.respondents() == null ? "" : row.respondents().toString()));
      row.cells().forEach(c -> tr.appendChild(new Element("td").setText(text(c))));
      body.appendChild(tr);
    }
    t.appendChild(body);
    holder.getElement().appendChild(t);
    holder.add(new Paragraph(Words.in("survey.crosstabNote", locale)));
    return holder;
  }

  private String text(QuestionResult.Cell cell) {
    if (cell.withheld()) {
      return Words.in("survey.withheld", locale);
    }
    return cell.percentOfRespondents() == null ? Long.toString(cell.count()) : Shares.percent(cell.percentOfRespondents(), locale) + " (" + cell.count() + ")";
  }
}
