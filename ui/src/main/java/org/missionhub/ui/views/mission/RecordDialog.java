package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Optional;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;
import org.missionhub.ui.components.ConflictDialog;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.FormErrors;
import org.missionhub.ui.components.Labels;

/**
 * A dialog that creates or edits one record of a mission: checks the fields, calls the service, reports
 * field errors next to the fields, and on a stale version shows the other version (when the record can
 * show one) instead of overwriting it.
 */
abstract class RecordDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  protected final MissionContext context;
  protected final transient MissionServices services;
  protected final FormErrors errors = new FormErrors();
  private final Runnable changed;

  RecordDialog(String id, String title, MissionContext context, MissionServices services, Runnable changed) {
    this.context = context;
    this.services = services;
    this.changed = changed;
    setId(id);
    setHeaderTitle(title);
    setWidth("min(44rem, 96vw)");
    Button save = new Button(getTranslation("action.save"), click -> save());
    save.setId(id.replace("-dialog", "") + "-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("action.cancel"), click -> close());
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    getFooter().add(cancel, save);
  }

  /** Runs the field checks, showing each field's state; true if the form may be sent. */
  protected abstract boolean valid();

  /** Sends the form to the service; returns the name of what was saved, for the confirmation. */
  protected abstract String submit();

  /**
   * Someone saved the record meanwhile: the stored version, shown read-only, after which {@link
   * #adopt} loads it into the form; empty if the record cannot be compared.
   */
  protected Optional<Component> storedVersion() {
    return Optional.empty();
  }

  /** Loads the stored version (the one {@link #storedVersion} showed) into the form. */
  protected void adopt() {}

  /** Keeps the person's edits but bases them on the stored version, so the next save replaces it. */
  protected void rebase() {}

  protected <C extends Component & HasLabel> C label(C field, String id, String key) {
    return Labels.label(field, id, getTranslation(key));
  }

  private void save() {
    if (!valid()) {
      return;
    }
    try {
      String saved = submit();
      Feedback.success(getTranslation("record.saved", saved));
      close();
      changed.run();
    } catch (ApplicationException e) {
      Optional<Component> stored = e.kind() == ProblemKind.PRECONDITION_FAILED ? storedVersion() : Optional.empty();
      if (stored.isPresent()) {
        new ConflictDialog(stored.get(), this::adopt, () -> {
          rebase();
          save();
        }).open();
      } else if (e.kind() == ProblemKind.PRECONDITION_FAILED) {
        Feedback.failure(e);
        close();
        changed.run();
      } else {
        errors.show(e);
      }
    } catch (RuntimeException e) {
      errors.show(e);
    }
  }
}
