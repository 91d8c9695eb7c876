package org.missionhub.ui.views.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.missionhub.core.mail.application.MailSettingsService;
import org.missionhub.core.mail.domain.MailFrequency;
import org.missionhub.core.mail.domain.MailSettings;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.views.MainLayout;

/**
 * What the person is e-mailed about and how often (at once, daily or weekly digest, never), per topic, and the
 * language of their e-mails. Linked from every e-mail's footer and from the notices page.
 */
@Route(value = MailSettingsView.ROUTE, layout = MainLayout.class)
public class MailSettingsView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  public static final String ROUTE = "settings/notifications";

  private final transient MailSettingsService settings;
  private final Select<String> language = new Select<>();
  private final Map<String, Select<MailFrequency>> frequencies = new LinkedHashMap<>();

  @Inject
  public MailSettingsView(MailSettingsService settings) {
    this.settings = settings;
    MailSettingsService.View view = settings.mine();
    add(new H2(getTranslation("mailSettings.title")));
    if (!view.mailEnabled()) {
      Paragraph off = new Paragraph(getTranslation("mailSettings.off"));
      off.setId("mail-settings-off");
      add(off);
    }
    FormLayout form = new FormLayout();
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    language.setId("mail-language");
    language.setLabel(getTranslation("mailSettings.language"));
    language.setItems(MailSettings.LANGUAGES);
    language.setItemLabelGenerator(code -> {
      Locale locale = Locale.forLanguageTag(code);
      String name = locale.getDisplayLanguage(locale);
      return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    });
    language.setValue(view.language().getLanguage());
    form.add(language);
    for (MailSettingsService.TopicSetting topic : view.topics()) {
      Select<MailFrequency> frequency = new Select<>();
      frequency.setId("mail-frequency-" + topic.topic().key().replace(':', '-'));
      frequency.setLabel(topic.name());
      frequency.setItems(MailFrequency.values());
      frequency.setItemLabelGenerator(f -> getTranslation("mailSettings.frequency." + f.name()));
      frequency.setValue(topic.frequency());
      frequencies.put(topic.topic().key(), frequency);
      form.add(frequency);
    }
    Button save = new Button(getTranslation("mailSettings.save"), click -> save());
    save.setId("mail-settings-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new Paragraph(getTranslation("mailSettings.intro")), form, save);
    setMaxWidth("60em");
  }

  private void save() {
    Map<String, String> chosen = new LinkedHashMap<>();
    frequencies.forEach((topic, select) -> chosen.put(topic, select.getValue().name()));
    if (Feedback.attempt(() -> settings.change(Optional.ofNullable(language.getValue()), chosen))) {
      Feedback.success(getTranslation("mailSettings.saved"));
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("mailSettings.title") + " · " + getTranslation("app.name");
  }
}
