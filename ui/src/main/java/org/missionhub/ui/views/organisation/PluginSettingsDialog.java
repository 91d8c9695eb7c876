package org.missionhub.ui.views.organisation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.missionhub.api.plugin.SettingDefinition;
import org.missionhub.core.plugin.application.OrganisationPluginService;
import org.missionhub.core.plugin.application.PluginChange;
import org.missionhub.core.plugin.application.PluginChoice;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.FormErrors;

/**
 * A plugin's settings for the organisation, as a form generated from the plugin's definitions. The platform
 * validates on save and names the offending setting, shown next to its field.
 */
final class PluginSettingsDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final transient OrganisationPluginService plugins;
  private final transient PluginChoice choice;
  private final Runnable saved;
  private final Map<String, Supplier<String>> values = new LinkedHashMap<>();
  private final FormErrors errors = new FormErrors();

  PluginSettingsDialog(OrganisationPluginService plugins, PluginChoice choice, Runnable saved) {
    this.plugins = plugins;
    this.choice = choice;
    this.saved = saved;
    setId("plugin-settings-dialog");
    setHeaderTitle(getTranslation("plugins.settingsOf", choice.plugin().descriptor().orElseThrow().name().in(getLocale())));
    setWidth("min(32rem, 96vw)");
    FormLayout form = new FormLayout();
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    for (SettingDefinition definition : choice.plugin().settings()) {
      form.add(field(definition, choice.settings().asMap().get(definition.key())));
    }
    add(form);
    Button save = new Button(getTranslation("action.save"), click -> save());
    save.setId("plugin-settings-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("action.cancel"), click -> close());
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    getFooter().add(cancel, save);
  }

  private Component field(SettingDefinition definition, String current) {
    String label = definition.label().in(getLocale());
    String id = "setting-" + definition.key();
    Component field =
        switch (definition.type()) {
          case INTEGER -> {
            IntegerField number = new IntegerField(label);
            if (definition.min() != null) {
              number.setMin(definition.min());
            }
            if (definition.max() != null) {
              number.setMax(definition.max());
            }
            number.setStepButtonsVisible(true);
            number.setValue(current == null ? null : Integer.valueOf(current));
            values.put(definition.key(), () -> number.getValue() == null ? "" : String.valueOf(number.getValue()));
            register(definition, number);
            yield number;
          }
          case BOOLEAN -> {
            Checkbox flag = new Checkbox(label, Boolean.parseBoolean(current));
            values.put(definition.key(), () -> String.valueOf(flag.getValue()));
            yield flag;
          }
          case CHOICE -> {
            Select<String> select = new Select<>();
            select.setLabel(label);
            select.setItems(definition.choices());
            select.setValue(current);
            values.put(definition.key(), () -> select.getValue() == null ? "" : select.getValue());
            register(definition, select);
            yield select;
          }
          case TEXT -> {
            TextField text = new TextField(label);
            if (definition.max() != null) {
              text.setMaxLength(definition.max());
            }
            text.setValue(current == null ? "" : current);
            values.put(definition.key(), text::getValue);
            register(definition, text);
            yield text;
          }
        };
    field.setId(id);
    return field;
  }

  private void register(SettingDefinition definition, HasValidation field) {
    errors.field("settings." + definition.key(), field);
  }

  private void save() {
    Map<String, String> entered = new LinkedHashMap<>();
    values.forEach((key, value) -> entered.put(key, value.get()));
    try {
      plugins.change(choice.plugin().id(), choice.version(), new PluginChange(choice.enabled(), entered));
      Feedback.success(getTranslation("record.saved", choice.plugin().descriptor().orElseThrow().name().in(getLocale())));
      close();
      saved.run();
    } catch (RuntimeException e) {
      errors.show(e);
    }
  }
}
