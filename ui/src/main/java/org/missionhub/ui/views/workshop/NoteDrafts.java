package org.missionhub.ui.views.workshop;

import com.vaadin.flow.component.textfield.TextArea;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The note being written for each prompt, kept across redraws: a change by someone else redraws the page, and
 * must not take away what this person is typing.
 */
final class NoteDrafts implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<Integer, TextArea> fields = new HashMap<>();

  /** The field for prompt {@code index}, the same one every time (detached from its old place by being added anew). */
  TextArea field(int index, String label) {
    TextArea field = fields.computeIfAbsent(index, i -> new TextArea());
    field.setId("workshop-note-" + index);
    field.setLabel(label);
    field.setMaxLength(org.missionhub.core.workshop.domain.WorkshopNote.MAX_BODY);
    field.setWidthFull();
    return field;
  }
}
