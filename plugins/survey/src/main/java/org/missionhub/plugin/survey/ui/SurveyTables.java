package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/** The plain HTML tables the results views print next to their charts: header cells and the styled holder. */
final class SurveyTables {

  private SurveyTables() {}

  /** A column's header cell. */
  static Element th(String text) {
    return new Element("th").setAttribute("scope", "col").setText(text);
  }

  /** A row's header cell. */
  static Element rowHeader(String text) {
    return new Element("th").setAttribute("scope", "row").setText(text);
  }

  /** The table in the results' table style, under {@code id} (null for none). */
  static Div holder(Element table, String id) {
    Div holder = new Div();
    holder.addClassName("survey-table");
    if (id != null) {
      holder.setId(id);
    }
    holder.getElement().appendChild(table);
    return holder;
  }
}
