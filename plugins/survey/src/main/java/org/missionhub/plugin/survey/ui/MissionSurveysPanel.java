package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.SurveyPlugin;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignStatus;
import org.missionhub.plugin.survey.service.InstrumentJournal;
import org.missionhub.plugin.survey.service.InstrumentService;
import org.missionhub.plugin.survey.service.MissionSurveyService;

/**
 * The mission's own surveys, in its Surveys tab: leaders and coordinators create them, close them and
 * publish their results; everyone sees the list, answers the open ones above, and reads published results.
 */
final class MissionSurveysPanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient SurveyPlugin plugin;
  private final transient MissionScope scope;
  private final transient Consumer<Campaign> changed;
  private final boolean runs;
  private final Grid<Campaign> surveys = new Grid<>();
  private final Div creating = new Div();
  private final Div detail = new Div();

  MissionSurveysPanel(SurveyPlugin plugin, MissionScope scope, Optional<String> selected, Consumer<Campaign> changed) {
    this.plugin = plugin;
    this.scope = scope;
    this.changed = changed;
    this.runs = scope.can(MissionSurveyService.RUN);
    setId("mission-surveys");
    setPadding(false);
    add(new H3(Words.in("survey.missionSurveys", getLocale())), new Paragraph(Words.in("survey.missionSurveysAbout", getLocale())));
    if (runs) {
      Button create = new Button(Words.in("survey.newMissionSurvey", getLocale()), click -> form());
      create.setId("mission-survey-new");
      // the organisation's own forms, shared by all its missions, built here by those who run surveys
      Details forms = new Details(Words.in("survey.own.forms", getLocale(), scope.organisation().name()),
          new Paragraph(Words.in("survey.own.about", getLocale())), new InstrumentsPanel(ownInstruments(), scope.caller().subject(), () -> {}));
      forms.setId("own-instruments");
      add(create, creating, forms);
    }
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
    surveys.setId("mission-survey-list");
    surveys.addColumn(c -> c.settings().title()).setHeader(Words.in("survey.title", getLocale())).setFlexGrow(3);
    surveys.addColumn(c -> Campaigns.statusLabel(c.status(plugin.campaigns().now()), getLocale()) + (c.resultsPublished() ? " · " + Words.in("survey.results", getLocale()) : ""))
        .setHeader("Status");
    surveys.addColumn(c -> format.format(c.settings().closesAt())).setHeader(Words.in("survey.closes", getLocale()));
    surveys.setAllRowsVisible(true);
    surveys.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::show, detail::removeAll));
    add(surveys, detail);
    List<Campaign> all = plugin.missionSurveys().list(scope);
    surveys.setItems(all);
    selected.flatMap(id -> all.stream().filter(c -> c.id().equals(id)).findFirst()).ifPresent(surveys::select);
  }

  private void form() {
    creating.removeAll();
    CampaignForm form = new CampaignForm(ownInstruments().published(), plugin.instruments().published(), true);
    Button create = new Button(Words.in("survey.openTheSurvey", getLocale()), click -> {
      try {
        Campaign created = plugin.missionSurveys().create(scope, form.value());
        Problems.notify(Words.in("survey.theSurveyIsOpen", getLocale()), false);
        changed.accept(created);
      } catch (PluginProblem problem) {
        form.show(problem);
        Problems.notify(problem.getMessage(), true);
      }
    });
    create.setId("mission-survey-create");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    creating.add(form, create);
  }

  private void show(Campaign chosen) {
    detail.removeAll();
    Campaign survey = plugin.missionSurveys().find(scope, chosen.id());
    detail.add(new H4(survey.settings().title()));
    CampaignStatus status = survey.status(plugin.campaigns().now());
    if (runs) {
      MissionSurveyService.Progress progress = plugin.missionSurveys().progress(scope, survey.id());
      Paragraph numbers = new Paragraph(Words.in("survey.responsesSubmitted2", getLocale()) + ": " + progress.submitted()
          + " · " + Words.in("survey.organisations", getLocale()) + ": " + progress.respondingOrganisations()
          + " · " + Words.in("survey.drafts", getLocale()) + ": " + progress.drafts());
      numbers.setId("mission-survey-progress");
      HorizontalLayout actions = new HorizontalLayout();
      if (status == CampaignStatus.OPEN) {
        actions.add(action("mission-survey-close", "survey.closeNow", () -> plugin.missionSurveys().close(scope, survey.id(), survey.revision())));
      }
      if (status == CampaignStatus.CLOSED && !survey.resultsPublished()) {
        actions.add(action("mission-survey-publish", "survey.publishTheResultsTo",
            () -> plugin.missionSurveys().publish(scope, survey.id(), survey.revision())));
      }
      detail.add(numbers, actions);
    }
    if (survey.resultsPublished() || runs) {
      var results = plugin.results();
      // the results are discussed with the platform's comments (contract 1.10.0), by whoever sees them
      long count = scope.discussions().counts("results").getOrDefault(survey.id(), 0L);
      Button discuss = org.missionhub.plugin.support.ui.CommentsButton.of(scope, "results", survey.id(), Words.in("survey.comments", getLocale(), count),
          survey.settings().title(), () -> show(survey));
      discuss.setId("mission-survey-comments");
      detail.add(discuss, new ResultsView(results.overview(survey, getLocale()), ResultsSource.withWaves(results, plugin.waves(), survey, plugin.missionSurveys().list(scope), c -> c.resultsPublished() || runs, getLocale()), getLocale()));
    } else {
      detail.add(new Paragraph(Words.in("survey.notPublished", getLocale())));
    }
  }

  /** The organisation's own instruments, each write recorded in its audit log. */
  private InstrumentService ownInstruments() {
    return plugin.instruments().ofOrganisation(scope.organisationId().toString()).recordedIn(new InstrumentJournal(scope.database(), scope::audit));
  }

  private Button action(String id, String labelKey, Supplier<Campaign> act) {
    Button button = new Button(getTranslation(labelKey), click -> {
      try {
        changed.accept(act.get());
      } catch (PluginProblem problem) {
        Problems.notify(problem.getMessage(), true);
      }
    });
    button.setId(id);
    return button;
  }
}
