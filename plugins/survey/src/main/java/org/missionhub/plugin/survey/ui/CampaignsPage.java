package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.SurveyPlugin;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignStatus;
import org.missionhub.plugin.survey.service.CampaignService;

/**
 * A benchmark analyst's page: instruments (copy the built-in template, publish it), campaigns (open one,
 * watch responses come in, close it, publish its results) and each campaign's safe results.
 */
public class CampaignsPage extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient SurveyPlugin plugin;
  private final transient PlatformScope scope;
  private final Grid<Campaign> campaigns = new Grid<>();
  private final Div newCampaign = new Div();
  private final Div detail = new Div();

  public CampaignsPage(SurveyPlugin plugin, PlatformScope scope) {
    this.plugin = plugin;
    this.scope = scope;
    setId("campaigns-page");
    setPadding(false);
    // an analyst's writes to instruments go to the platform's audit log, as through the API
    add(new H3(Words.in("survey.instruments", getLocale())),
        new InstrumentsPanel(plugin.instruments().recordedIn(plugin.journal(scope::audit)), scope.caller().subject(), () -> {}));
    Button open = new Button(Words.in("survey.newCampaign", getLocale()), click -> campaignForm());
    open.setId("campaign-new");
    Button pastResponses = new Button(Words.in("survey.import.open", getLocale()), click -> new ResponseImportDialog(plugin.imports(),
        plugin.instruments().latest().stream().filter(v -> !v.isDraft()).toList(), scope, this::refresh).open());
    pastResponses.setId("campaign-import");
    add(new H3(Words.in("survey.campaigns", getLocale())), new HorizontalLayout(open, pastResponses), newCampaign, campaigns, detail);
    campaigns.setId("campaigns-grid");
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
    campaigns.addColumn(c -> c.settings().title()).setHeader(Words.in("survey.title", getLocale())).setFlexGrow(3);
    campaigns.addColumn(c -> Campaigns.statusLabel(c.status(plugin.campaigns().now()), getLocale()) + (c.resultsPublished() ? " · " + Words.in("survey.results", getLocale()) : ""))
        .setHeader("Status");
    campaigns.addColumn(c -> format.format(c.settings().closesAt())).setHeader(Words.in("survey.closes", getLocale()));
    campaigns.setAllRowsVisible(true);
    campaigns.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showCampaign));
    refresh();
  }

  private void campaignForm() {
    newCampaign.removeAll();
    CampaignForm form = new CampaignForm(plugin.instruments().latest().stream().filter(v -> !v.isDraft()).toList());
    Button create = new Button(Words.in("survey.openTheCampaign", getLocale()), click -> {
      try {
        Campaign created = plugin.campaigns().create(form.value(), scope.caller().subject());
        newCampaign.removeAll();
        refresh();
        campaigns.select(created);
      } catch (PluginProblem problem) {
        form.show(problem);
      }
    });
    create.setId("campaign-create");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    newCampaign.add(form, create);
  }

  private void showCampaign(Campaign campaign) {
    detail.removeAll();
    Campaign current = plugin.campaigns().find(campaign.id());
    CampaignService.Progress progress = plugin.campaigns().progress(current.id(), scope);
    Paragraph numbers = new Paragraph(Words.in("survey.invitedOrganisations", getLocale()) + ": " + progress.invitedOrganisations()
        + " · " + Words.in("survey.answering", getLocale()) + ": " + progress.respondingOrganisations()
        + " · " + Words.in("survey.responsesSubmitted", getLocale()) + ": " + progress.submitted()
        + " · " + Words.in("survey.drafts", getLocale()) + ": " + progress.drafts());
    numbers.setId("campaign-progress");
    detail.add(new H3(current.settings().title()), numbers);
    CampaignStatus status = current.status(plugin.campaigns().now());
    if (status == CampaignStatus.OPEN) {
      Button close = new Button(Words.in("survey.closeNow", getLocale()), click -> act(() -> plugin.campaigns().close(current.id(), current.revision())));
      close.setId("campaign-close");
      detail.add(close);
    }
    if (status == CampaignStatus.CLOSED && !current.resultsPublished()) {
      Button publish = new Button(Words.in("survey.publishTheResults", getLocale()),
          click -> act(() -> plugin.campaigns().publishResults(current.id(), current.revision())));
      publish.setId("campaign-publish");
      publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      detail.add(publish);
    }
    if (current.resultsPublished()) {
      detail.add(new PublicationPanel(plugin.publications(), scope, current, getLocale()));
      detail.add(WorkshopsPanel.forAnalyst(current.id(), plugin.campaignWorkshops().about(scope, current.id()), getLocale(), () -> prepareWorkshop(current)));
    }
    var results = plugin.results();
    detail.add(new ExportPanel(plugin.csvExport(), current, results.instrument(current)));
    Details preview = new Details(Words.in("survey.results", getLocale()), new ResultsView(results.overview(current, getLocale()), ResultsSource.withWaves(results, plugin.waves(), current, plugin.campaigns().all(), c -> true, getLocale()), getLocale()));
    preview.setId("campaign-results");
    detail.add(preview, HighlightsView.folded(current, plugin.highlights(), getLocale()));
  }

  /** A workshop with the organisations that answered: the analyst goes to its room to open it. */
  private void prepareWorkshop(Campaign campaign) {
    try {
      var prepared = plugin.campaignWorkshops().prepare(scope, campaign.id(), getLocale());
      getUI().ifPresent(ui -> ui.navigate(prepared.link()));
    } catch (PluginProblem problem) {
      Problems.notify(problem.getMessage(), true);
    }
  }

  private void act(java.util.function.Supplier<Campaign> action) {
    try {
      Campaign changed = action.get();
      refresh();
      campaigns.select(changed);
      showCampaign(changed);
    } catch (PluginProblem problem) {
      Problems.notify(problem.getMessage(), true);
    }
  }

  private void refresh() {
    campaigns.setItems(plugin.campaigns().all());
  }
}
