package org.missionhub.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;

/** Tells the person how an action went, in words (never a stack trace). */
public final class Feedback {

  private Feedback() {}

  /** Runs the action; if the application refuses it, tells the person why. True if it went through. */
  public static boolean attempt(Runnable action) {
    try {
      action.run();
      return true;
    } catch (ApplicationException | ConstraintViolationException e) {
      failure(e);
      return false;
    }
  }

  public static void success(String message) {
    Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
    notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }

  /** Shows why an action failed: the service's own message, or a conflict explained. */
  public static void failure(RuntimeException e) {
    String message;
    if (e instanceof ApplicationException application) {
      message =
          application.kind() == ProblemKind.PRECONDITION_FAILED
              ? UI.getCurrent().getTranslation("error.conflict")
              : application.getMessage();
    } else if (e instanceof ConstraintViolationException violations) {
      message =
          violations.getConstraintViolations().stream()
              .map(v -> v.getPropertyPath() + ": " + v.getMessage())
              .findFirst()
              .orElse(e.getMessage());
    } else {
      throw e;
    }
    Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }
}
