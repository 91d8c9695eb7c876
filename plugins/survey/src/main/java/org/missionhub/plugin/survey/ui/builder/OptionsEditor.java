package org.missionhub.plugin.survey.ui.builder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.missionhub.plugin.survey.builder.OptionDraft;

/** A question's options (or a matrix's items): code and label per language, moved with buttons, added and removed. */
final class OptionsEditor extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final transient List<OptionDraft> options;
  private final transient Runnable changed;
  private final VerticalLayout rows = new VerticalLayout();

  OptionsEditor(String id, String title, List<OptionDraft> options, Runnable changed) {
    this.id = id;
    this.options = options;
    this.changed = changed;
    setId(id);
    setPadding(false);
    rows.setPadding(false);
    rows.setSpacing(false);
    Button add = new Button(getTranslation("survey.builder.addOption"), VaadinIcon.PLUS.create(), click -> {
      options.add(new OptionDraft("option_" + (options.size() + 1), Map.of()));
      render();
      changed.run();
    });
    add.setId(id + "-add");
    add.addThemeVariants(ButtonVariant.LUMO_SMALL);
    add(new H4(title), rows, add);
    render();
  }

  private void render() {
    rows.removeAll();
    for (int i = 0; i < options.size(); i++) {
      rows.add(row(i, options.get(i)));
    }
  }

  private HorizontalLayout row(int index, OptionDraft option) {
    String prefix = id + "-" + index;
    TextField code = new TextField(getTranslation("survey.code"));
    code.setId(prefix + "-code");
    code.setWidth("9em");
    code.setValue(option.getCode());
    code.setValueChangeMode(ValueChangeMode.LAZY);
    code.addValueChangeListener(change -> {
      option.setCode(change.getValue());
      changed.run();
    });
    TranslatedTexts label = new TranslatedTexts(prefix + "-label", getTranslation("survey.builder.optionLabel"), option.label(), changed);
    Button up = icon(prefix + "-up", VaadinIcon.ARROW_UP, "survey.builder.moveUp", index > 0, () -> Collections.swap(options, index, index - 1));
    Button down = icon(prefix + "-down", VaadinIcon.ARROW_DOWN, "survey.builder.moveDown", index < options.size() - 1, () -> Collections.swap(options, index, index + 1));
    Button remove = icon(prefix + "-remove", VaadinIcon.TRASH, "survey.builder.remove", true, () -> options.remove(index));
    HorizontalLayout row = new HorizontalLayout(code, label, up, down, remove);
    row.setWidthFull();
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    return row;
  }

  private Button icon(String buttonId, VaadinIcon icon, String what, boolean enabled, Runnable action) {
    Button button = new Button(icon.create(), click -> {
      action.run();
      render();
      changed.run();
    });
    button.setId(buttonId);
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    button.setAriaLabel(getTranslation(what));
    button.setTooltipText(getTranslation(what));
    button.setEnabled(enabled);
    return button;
  }
}
