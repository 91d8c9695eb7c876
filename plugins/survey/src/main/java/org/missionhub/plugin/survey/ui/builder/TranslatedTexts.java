package org.missionhub.plugin.survey.ui.builder;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One text in English, French and Danish side by side, written straight into the draft's map. A translation left
 * empty while the English is there is marked as missing; languages the builder does not show (a Swahili label from an
 * XLSForm) are kept as they are.
 */
final class TranslatedTexts extends HorizontalLayout {

  private static final long serialVersionUID = 1L;
  static final String[] LANGUAGES = {"en", "fr", "da"};

  private final Map<String, TextField> fields = new LinkedHashMap<>();

  TranslatedTexts(String id, String label, Map<String, String> texts, Runnable changed) {
    setId(id);
    setWidthFull();
    setAlignItems(FlexComponent.Alignment.START);
    for (String language : LANGUAGES) {
      TextField field = new TextField(label + " · " + getTranslation("survey.builder.language." + language));
      field.setId(id + "-" + language);
      field.setWidthFull();
      field.setValue(texts.getOrDefault(language, ""));
      field.setValueChangeMode(ValueChangeMode.LAZY);
      field.addValueChangeListener(change -> {
        if (change.getValue().isBlank()) {
          texts.remove(language);
        } else {
          texts.put(language, change.getValue());
        }
        mark(texts);
        changed.run();
      });
      fields.put(language, field);
      add(field);
    }
    mark(texts);
  }

  private void mark(Map<String, String> texts) {
    boolean english = texts.containsKey("en");
    fields.forEach((language, field) -> {
      boolean missing = language.equals("en") ? !texts.isEmpty() && !english : english && !texts.containsKey(language);
      field.setHelperText(missing ? getTranslation(language.equals("en") ? "survey.builder.englishNeeded" : "survey.builder.missing") : null);
      field.getElement().getClassList().set("missing-translation", missing);
    });
  }
}
