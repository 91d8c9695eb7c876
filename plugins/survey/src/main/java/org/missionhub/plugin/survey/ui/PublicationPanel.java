package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.publication.Licence;
import org.missionhub.plugin.survey.publication.Publication;
import org.missionhub.plugin.survey.publication.PublicationForm;
import org.missionhub.plugin.survey.service.PublicationService;

/**
 * Under a campaign with published results, on the analyst's page: put them on the public page (who
 * publishes, under which licence), follow the link to it, or withdraw them.
 */
final class PublicationPanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient PublicationService publications;
  private final transient PlatformScope scope;
  private final Campaign campaign;
  private final Locale locale;

  PublicationPanel(PublicationService publications, PlatformScope scope, Campaign campaign, Locale locale) {
    this.publications = publications;
    this.scope = scope;
    this.campaign = campaign;
    this.locale = locale;
    setId("campaign-publication");
    setPadding(false);
    show();
  }

  private void show() {
    removeAll();
    add(new H4(Words.in("survey.public.heading", locale)));
    Optional<Publication> current = publications.of(campaign.id());
    if (current.isPresent()) {
      Publication publication = current.get();
      Paragraph state = new Paragraph(Words.in("survey.public.since", locale, publication.publisher(),
          DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(publication.publishedAt()), publication.licence().title()));
      state.setId("campaign-publication-state");
      Anchor page = new Anchor(PublicResultsPage.INDEX + "/" + campaign.id(), Words.in("survey.public.open", locale));
      page.setId("campaign-public-page");
      Button withdraw = new Button(Words.in("survey.public.withdraw", locale), click -> act(() -> publications.withdraw(campaign.id(), scope)));
      withdraw.setId("campaign-withdraw-public");
      withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
      HorizontalLayout actions = new HorizontalLayout(page, withdraw);
      actions.setAlignItems(Alignment.BASELINE);
      add(state, actions);
      return;
    }
    add(new Paragraph(Words.in("survey.public.explain", locale)));
    TextField publisher = new TextField(Words.in("survey.public.publisher", locale));
    publisher.setId("publication-publisher");
    publisher.setRequiredIndicatorVisible(true);
    publisher.setMaxLength(Publication.LONGEST_PUBLISHER);
    publisher.setWidth("24rem");
    Select<Licence> licence = new Select<>();
    licence.setLabel(Words.in("survey.public.licence", locale));
    licence.setId("publication-licence");
    licence.setItems(Licence.values());
    licence.setItemLabelGenerator(Licence::title);
    licence.setValue(Licence.CC_BY_4_0);
    Button publish = new Button(Words.in("survey.public.publish", locale), click -> {
      try {
        publications.publish(campaign.id(), new PublicationForm(publisher.getValue(), licence.getValue().code()), scope);
        show();
      } catch (PluginProblem problem) {
        publisher.setInvalid(false);
        problem.fields().stream().filter(f -> f.field().equals("publisher")).findFirst().ifPresentOrElse(f -> {
          publisher.setErrorMessage(f.message());
          publisher.setInvalid(true);
        }, () -> Problems.notify(problem.getMessage(), true));
      }
    });
    publish.setId("campaign-make-public");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout form = new HorizontalLayout(publisher, licence, publish);
    form.setAlignItems(Alignment.BASELINE);
    add(form);
  }

  private void act(Runnable action) {
    try {
      action.run();
      show();
    } catch (PluginProblem problem) {
      Problems.notify(problem.getMessage(), true);
    }
  }
}
