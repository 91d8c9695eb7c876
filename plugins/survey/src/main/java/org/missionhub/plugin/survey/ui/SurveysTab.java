package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.SurveyPlugin;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignStatus;
import org.missionhub.plugin.survey.service.ResponseView;

/**
 * The mission's "Surveys" tab: the open campaigns that invite the organisation and the mission's own open
 * surveys, the answers to the chosen one (saved as a draft to be resumed, submitted once everything
 * required is answered), and below, the mission's own surveys ({@link MissionSurveysPanel}).
 */
public class SurveysTab extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient SurveyPlugin plugin;
  private final transient MissionScope scope;
  private final Div answering = new Div();
  private final Paragraph status = new Paragraph();
  private transient ResponseView current;
  private AnswerForm form;

  public SurveysTab(SurveyPlugin plugin, MissionScope scope) {
    this.plugin = plugin;
    this.scope = scope;
    setId("surveys-tab");
    setPadding(false);
    build(Optional.empty());
  }

  /** The whole tab, afresh (a survey created or closed changes what can be answered); {@code selected}: the mission survey to show. */
  private void build(Optional<String> selected) {
    removeAll();
    answering.removeAll();
    var now = plugin.answering().now();
    List<Campaign> open = new ArrayList<>(plugin.answering().invited(scope).stream().filter(c -> c.status(now) == CampaignStatus.OPEN).toList());
    plugin.missionSurveys().list(scope).stream().filter(c -> c.status(now) == CampaignStatus.OPEN).forEach(open::add);
    if (open.isEmpty()) {
      Paragraph none = new Paragraph(Words.in("survey.noCampaign", getLocale()));
      none.setId("surveys-none");
      add(none);
    } else {
      Select<Campaign> campaigns = new Select<>();
      campaigns.setId("surveys-campaign");
      campaigns.setLabel(Words.in("survey.campaign", getLocale()));
      campaigns.setItems(open);
      DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
      campaigns.setItemLabelGenerator(c -> (c.isMissionSurvey() ? Words.in("survey.missionSurvey", getLocale()) + ": " : "") + c.settings().title() + " · "
          + Words.in("survey.closes", getLocale()) + " " + format.format(c.settings().closesAt()));
      campaigns.setWidth("min(40em, 100%)");
      campaigns.addValueChangeListener(e -> show(e.getValue()));
      status.setId("surveys-status");
      add(campaigns, status, answering);
      campaigns.setValue(open.get(0));
    }
    add(new MissionSurveysPanel(plugin, scope, selected, changed -> build(Optional.of(changed.id()))));
  }

  private void show(Campaign campaign) {
    answering.removeAll();
    if (campaign == null) {
      return;
    }
    try {
      current = plugin.answering().view(scope, campaign.id(), getLocale());
    } catch (PluginProblem problem) {
      status.setText(problem.getMessage());
      return;
    }
    if (!current.answeredHere()) {
      status.setText(Words.in("survey.partnerAnswers", getLocale()));
      return;
    }
    form = new AnswerForm(plugin.answering().instrument(campaign), getLocale());
    if ("SUBMITTED".equals(current.status()) && current.answers() == null) {
      status.setText(Words.in("survey.anonymousDone", getLocale()));
      return;
    }
    status.setText(statusText());
    form.setAnswers(current.answers());
    form.setReadOnly(!current.editable());
    answering.add(form);
    if (!current.editable()) {
      return;
    }
    Button save = new Button(Words.in("survey.save", getLocale()), click -> save(campaign));
    save.setId("surveys-save");
    HorizontalLayout actions = new HorizontalLayout(save);
    if (!"SUBMITTED".equals(current.status())) {
      Button submit = new Button(Words.in("survey.submit", getLocale()), click -> submit(campaign));
      submit.setId("surveys-submit");
      submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.add(submit);
    }
    answering.add(actions);
  }

  private String statusText() {
    return switch (current.status()) {
      case "DRAFT" -> Words.in("survey.statusDraft", getLocale()) + (current.savedByName() == null ? "" : " · " + current.savedByName());
      case "SUBMITTED" -> Words.in("survey.statusSubmitted", getLocale());
      default -> Words.in("survey.statusNotStarted", getLocale());
    };
  }

  private Optional<Long> revision() {
    return "NOT_STARTED".equals(current.status()) ? Optional.empty() : Optional.of(current.revision());
  }

  private boolean save(Campaign campaign) {
    try {
      current = plugin.answering().save(scope, campaign.id(), revision(), form.answers(), getLocale());
      form.showProblems(List.of());
      status.setText(statusText());
      Problems.notify(Words.in("survey.saved", getLocale()), false);
      return true;
    } catch (PluginProblem problem) {
      refused(problem);
      return false;
    }
  }

  private void submit(Campaign campaign) {
    if (!save(campaign)) {
      return;
    }
    try {
      current = plugin.answering().submit(scope, campaign.id(), Optional.of(current.revision()), getLocale());
      Problems.notify(Words.in("survey.submitted", getLocale()), false);
      show(campaign);
    } catch (PluginProblem problem) {
      refused(problem);
    }
  }

  private void refused(PluginProblem problem) {
    var problems = Problems.answers(problem);
    form.showProblems(problems);
    Problems.notify(problems.isEmpty() ? problem.getMessage() : Words.in("survey.fix", getLocale()), true);
  }
}
