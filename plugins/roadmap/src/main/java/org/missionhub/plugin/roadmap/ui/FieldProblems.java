package org.missionhub.plugin.roadmap.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;

/** Shows a refusal where it belongs: each field's problem on the field, anything else as a notice. */
final class FieldProblems {

  private FieldProblems() {}

  static void show(PluginProblem problem, Map<String, ? extends HasValidation> fields) {
    fields.values().forEach(f -> f.setInvalid(false));
    boolean shown = false;
    for (PluginProblem.FieldError error : problem.fields()) {
      HasValidation field = fields.get(error.field().replaceFirst("\\..*$", ""));
      if (field != null) {
        field.setErrorMessage(error.message());
        field.setInvalid(true);
        shown = true;
      }
    }
    if (!shown) {
      Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }
}
