package org.missionhub.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Someone saved the record since it was loaded: shows their version and lets the person choose, never a
 * silent overwrite. "Load theirs" discards the person's edits; "keep mine" saves the person's edits over the
 * version they have now seen.
 */
public final class ConflictDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  public ConflictDialog(Component theirVersion, Runnable loadTheirs, Runnable keepMine) {
    setId("conflict-dialog");
    setHeaderTitle(getTranslation("conflict.title"));
    Paragraph explanation = new Paragraph(getTranslation("conflict.explanation"));
    H3 heading = new H3(getTranslation("conflict.theirVersion"));
    add(explanation, heading, theirVersion);
    Button load = new Button(getTranslation("conflict.loadTheirs"), click -> {
      close();
      loadTheirs.run();
    });
    load.setId("conflict-load-theirs");
    load.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button keep = new Button(getTranslation("conflict.keepMine"), click -> {
      close();
      keepMine.run();
    });
    keep.setId("conflict-keep-mine");
    Button cancel = new Button(getTranslation("action.cancel"), click -> close());
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    getFooter().add(cancel, keep, load);
    setWidth("min(40rem, 95vw)");
  }
}
