package org.missionhub.plugin.survey.ui.builder;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.missionhub.plugin.survey.builder.FormDraft;
import org.missionhub.plugin.survey.builder.SectionDraft;

/** A section's code, title in every language, and the condition under which all its questions are shown. */
final class SectionEditor extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  SectionEditor(FormDraft draft, SectionDraft section, Runnable changed) {
    setId("builder-section");
    setPadding(false);
    TextField code = new TextField(getTranslation("survey.code"));
    code.setId("builder-section-code");
    code.setHelperText(getTranslation("survey.builder.codeHelp"));
    code.setValue(section.getCode());
    code.setValueChangeMode(ValueChangeMode.LAZY);
    code.addValueChangeListener(change -> {
      section.setCode(change.getValue());
      changed.run();
    });
    add(code,
        new TranslatedTexts("builder-section-title", getTranslation("survey.title"), section.title(), changed),
        new ConditionField("builder-section-shown", getTranslation("survey.builder.sectionShownWhen"), section.getShownWhen(), draft, section, false, value -> {
          section.setShownWhen(value);
          changed.run();
        }));
  }
}
