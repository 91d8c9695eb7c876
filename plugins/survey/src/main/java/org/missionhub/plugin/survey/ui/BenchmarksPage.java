package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.SurveyPlugin;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignStatus;

/**
 * The organisation's "Benchmarks" page: the campaigns that invite it, where to answer them, and once
 * results are published, the results and where the organisation stands against its peers.
 */
public class BenchmarksPage extends VerticalLayout {

  private static final long serialVersionUID = 1L;
  private static final List<String> PEER_GROUPS = List.of("all", "organisationType", "country", "phase", "governanceMode", "challengeArea", "sector");

  private final transient SurveyPlugin plugin;
  private final transient OrganisationScope scope;
  private final Div detail = new Div();

  public BenchmarksPage(SurveyPlugin plugin, OrganisationScope scope) {
    this.plugin = plugin;
    this.scope = scope;
    setId("benchmarks-page");
    setPadding(false);
    List<Campaign> invited = plugin.answering().invited(scope);
    if (invited.isEmpty()) {
      add(new Paragraph(Words.in("survey.noInvitations", getLocale())));
      return;
    }
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
    for (Campaign campaign : invited) {
      Div entry = new Div(new H3(campaign.settings().title()));
      entry.setId("benchmark-" + campaign.id());
      CampaignStatus status = campaign.status(plugin.answering().now());
      entry.add(new Paragraph(Campaigns.statusLabel(status, getLocale()) + " · " + format.format(campaign.settings().opensAt()) + " – " + format.format(campaign.settings().closesAt())));
      if (status == CampaignStatus.OPEN) {
        UnorderedList missions = new UnorderedList();
        scope.callerMissions().forEach(m -> missions.add(new ListItem(m.title())));
        entry.add(new Paragraph(Words.in("survey.answerInMissions", getLocale())), missions);
      } else if (campaign.resultsPublished()) {
        Button stand = new Button(Words.in("survey.whereWeStand", getLocale()), click -> standing(campaign));
        stand.setId("benchmark-standing-" + campaign.id()); // one entry per campaign: ids stay unique
        Button results = new Button(Words.in("survey.results", getLocale()), click -> results(campaign));
        results.setId("benchmark-results-" + campaign.id());
        Button highlights = new Button(Words.in("survey.highlights", getLocale()), click -> highlights(campaign));
        highlights.setId("benchmark-highlights-" + campaign.id());
        entry.add(new HorizontalLayout(stand, results, highlights));
        entry.add(WorkshopsPanel.forOrganisation(campaign.id(), plugin.campaignWorkshops().about(scope, campaign), getLocale()));
      } else {
        entry.add(new Paragraph(Words.in("survey.notPublished", getLocale())));
      }
      add(entry);
    }
    add(detail);
  }

  private void standing(Campaign campaign) {
    detail.removeAll();
    Select<String> peers = new Select<>();
    peers.setId("benchmark-peers");
    peers.setLabel(Words.in("survey.compareWith", getLocale()));
    peers.setItems(PEER_GROUPS);
    peers.setItemLabelGenerator(p -> Dimensions.label(p, getLocale()));
    Div view = new Div();
    peers.addValueChangeListener(e -> {
      view.removeAll();
      try {
        view.add(new StandingView(plugin.standing().standing(scope, campaign, e.getValue(), getLocale()), getLocale()));
      } catch (PluginProblem problem) {
        view.add(new Paragraph(problem.getMessage()));
      }
    });
    detail.add(new H3(Words.in("survey.whereWeStand", getLocale())), peers, view);
    peers.setValue("all");
  }

  private void highlights(Campaign campaign) {
    detail.removeAll();
    detail.add(new H3(Words.in("survey.highlights", getLocale())), new HighlightsView(campaign, plugin.highlights(), getLocale()));
  }

  private void results(Campaign campaign) {
    detail.removeAll();
    var results = plugin.results();
    detail.add(new H3(Words.in("survey.results", getLocale())), new ResultsView(results.overview(campaign, getLocale()), ResultsSource.withWaves(results, plugin.waves(), campaign, plugin.campaigns().all(), Campaign::resultsPublished, getLocale()), getLocale()));
  }
}
