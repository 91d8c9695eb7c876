package org.missionhub.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;

/** Gives a field its id (for tests and anchors) and its visible label, in one call. */
public final class Labels {

  private Labels() {}

  public static <C extends Component & HasLabel> C label(C field, String id, String text) {
    field.setId(id);
    field.setLabel(text);
    return field;
  }
}
