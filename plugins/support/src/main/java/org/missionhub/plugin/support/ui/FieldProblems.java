package org.missionhub.plugin.support.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;

/**
 * Shows a refusal in a plugin's form where it belongs (shared by the plugins' dialogs): each field's problem on the field ({@code name.fr} on the name's French
 * field when the map has it, else on {@code name}; {@code targets[2].value} on targets), anything else as a notice.
 */
public final class FieldProblems {

  private FieldProblems() {}

  public static void show(PluginProblem problem, Map<String, ? extends HasValidation> fields) {
    fields.values().forEach(f -> f.setInvalid(false));
    boolean shown = false;
    for (PluginProblem.FieldError error : problem.fields()) {
      HasValidation field = fields.get(error.field());
      if (field == null) {
        field = fields.get(error.field().replaceFirst("[\\[.].*$", ""));
      }
      if (field != null) {
        String where = error.field().contains("[") ? error.field().replaceFirst("^[^\\[]*\\[(\\d+)\\].*$", "$1") : null;
        field.setErrorMessage(where == null ? error.message() : "#" + (Integer.parseInt(where) + 1) + ": " + error.message());
        field.setInvalid(true);
        shown = true;
      }
    }
    if (!shown) {
      Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }
}
