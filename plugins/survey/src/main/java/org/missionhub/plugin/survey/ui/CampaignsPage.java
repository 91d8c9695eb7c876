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
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.SurveyPlugin;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignStatus;
import org.missionhub.plugin.survey.service.CampaignService;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;
import org.missionhub.plugin.survey.version.InstrumentVersion;

/**
 * A benchmark analyst's page: instruments (copy the built-in template, publish it), campaigns (open one,
 * watch responses come in, close it, publish its results) and each campaign's safe results.
 */
public class CampaignsPage extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient SurveyPlugin plugin;
  private final transient PlatformScope scope;
  private final Grid<InstrumentVersion> instruments = new Grid<>();
  private final Grid<Campaign> campaigns = new Grid<>();
  private final Div newCampaign = new Div();
  private final Div detail = new Div();

  public CampaignsPage(SurveyPlugin plugin, PlatformScope scope) {
    this.plugin = plugin;
    this.scope = scope;
    setId("campaigns-page");
    setPadding(false);
    add(new H3(Words.in("survey.instruments", getLocale())), instrumentTools(), instruments);
    instruments.setId("instruments-grid");
    instruments.addColumn(InstrumentVersion::code).setHeader(Words.in("survey.code", getLocale()));
    instruments.addColumn(v -> v.definition().title().in(getLocale())).setHeader(Words.in("survey.title", getLocale())).setFlexGrow(3);
    instruments.addColumn(InstrumentVersion::number).setHeader("Version");
    instruments.addColumn(v -> v.isDraft() ? "Draft" : "Published").setHeader("Status");
    instruments.addComponentColumn(this::editButton);
    instruments.addComponentColumn(this::publishButton);
    instruments.addComponentColumn(this::xlsformDownload);
    instruments.setAllRowsVisible(true);
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

  private HorizontalLayout instrumentTools() {
    TextField code = new TextField(Words.in("survey.codeOfTheCopy", getLocale()));
    code.setId("instrument-code");
    Button copy = new Button(Words.in("survey.copyTheNeedsAssessment", getLocale()), click -> {
      try {
        plugin.instruments().fromTemplate(code.getValue().strip(), NeedsAssessmentTemplate.CODE, scope.caller().subject());
        code.setInvalid(false);
        code.clear();
        refresh();
      } catch (PluginProblem problem) {
        code.setErrorMessage(problem.fields().isEmpty() ? problem.getMessage() : problem.fields().get(0).message());
        code.setInvalid(true);
      }
    });
    copy.setId("instrument-copy-template");
    Button blank = new Button(Words.in("survey.builder.newForm", getLocale()), click -> {
      try {
        InstrumentVersion first = plugin.instruments().firstVersion(org.missionhub.plugin.survey.builder.FormDraft.blank(code.getValue().strip(),
            Words.all("survey.builder.blankTitle"), Words.all("survey.builder.blankDescription"), Words.all("survey.builder.newSection"), Words.all("survey.builder.newQuestion")),
            scope.caller().subject());
        code.setInvalid(false);
        code.clear();
        refresh();
        openBuilder(first);
      } catch (PluginProblem problem) {
        code.setErrorMessage(problem.fields().isEmpty() ? problem.getMessage() : problem.fields().get(0).message());
        code.setInvalid(true);
      }
    });
    blank.setId("instrument-new-form");
    Button xlsform = new Button(Words.in("survey.xlsform.open", getLocale()), click -> new XlsFormImportDialog(plugin.instruments(), scope.caller().subject(), this::refresh).open());
    xlsform.setId("instrument-import-xlsform");
    HorizontalLayout tools = new HorizontalLayout(code, copy, blank, xlsform);
    tools.setWrap(true);
    tools.setAlignItems(Alignment.BASELINE);
    return tools;
  }

  /** The version as an XLSForm, for ODK, KoboToolbox or a spreadsheet, written when the link is followed. */
  private com.vaadin.flow.component.html.Anchor xlsformDownload(InstrumentVersion version) {
    String file = version.code() + "-v" + version.number() + ".xlsx";
    var link = new com.vaadin.flow.component.html.Anchor(
        new com.vaadin.flow.server.StreamResource(file, () -> new java.io.ByteArrayInputStream(org.missionhub.plugin.survey.xlsform.XlsFormWriter.write(version.definition()))),
        Words.in("survey.xlsform.download", getLocale()));
    link.getElement().setAttribute("download", true);
    link.getElement().setAttribute("aria-label", Words.in("survey.xlsform.download", getLocale()) + ": " + file);
    link.setId("instrument-xlsform-" + version.code());
    return link;
  }

  /** A draft opens in the form builder; a published version starts the next draft there. */
  private Button editButton(InstrumentVersion version) {
    Button edit = new Button(Words.in(version.isDraft() ? "survey.builder.edit" : "survey.builder.nextVersion", getLocale(), version.number() + 1), click -> {
      try {
        openBuilder(version.isDraft() ? plugin.instruments().version(version.code(), version.number()) : plugin.instruments().nextVersion(version.code(), scope.caller().subject()));
        refresh();
      } catch (PluginProblem problem) {
        Problems.notify(problem.getMessage(), true);
      }
    });
    edit.setId((version.isDraft() ? "instrument-edit-" : "instrument-next-") + version.code());
    return edit;
  }

  private void openBuilder(InstrumentVersion version) {
    new org.missionhub.plugin.survey.ui.builder.FormBuilderDialog(plugin.instruments(), version, this::refresh).open();
  }

  private Button publishButton(InstrumentVersion version) {
    Button publish = new Button(Words.in("survey.publish", getLocale()), click -> {
      try {
        plugin.instruments().publish(version.code(), version.number(), version.revision());
        refresh();
      } catch (PluginProblem problem) {
        Problems.notify(problem.getMessage(), true);
      }
    });
    publish.setId("instrument-publish-" + version.code());
    publish.setVisible(version.isDraft());
    return publish;
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
    instruments.setItems(plugin.instruments().latest());
    campaigns.setItems(plugin.campaigns().all());
  }
}
