package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.response.AnswerProblem;

/** Shows a refusal: on the fields it names when there are any, else as a message. */
final class Problems {

  private Problems() {}

  /** The refusal's answer problems (fields named {@code answers.<key>}). */
  static List<AnswerProblem> answers(PluginProblem problem) {
    return problem.fields().stream()
        .filter(f -> f.field().startsWith("answers."))
        .map(f -> new AnswerProblem(f.field().substring("answers.".length()), f.message()))
        .toList();
  }

  static void notify(String message, boolean error) {
    Notification shown = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
    shown.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
  }
}
