package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.api.plugin.PublicScope;
import org.missionhub.plugin.survey.SurveyPlugin;
import org.missionhub.plugin.survey.campaign.CampaignSettings;
import org.missionhub.plugin.survey.publication.DatasetDescription;
import org.missionhub.plugin.survey.publication.PublicCampaign;
import org.missionhub.plugin.survey.publication.Publication;
import org.missionhub.plugin.survey.service.OpenData;

/**
 * The public page (no sign-in): {@code public/survey/results} lists the campaigns whose published results
 * an analyst made public; {@code public/survey/results/<id>} shows one — who publishes it, under which
 * licence, its open data downloads and its highlights report. A campaign that is not public is not found.
 */
public class PublicResultsPage extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  static final String INDEX = "public/survey/results";

  private final transient SurveyPlugin plugin;
  private final Locale locale;

  public PublicResultsPage(SurveyPlugin plugin, PublicScope scope) {
    this.plugin = plugin;
    this.locale = getLocale();
    setId("public-results");
    setPadding(false);
    scope.parameter().ifPresentOrElse(this::campaign, this::index);
  }

  private void index() {
    List<PublicCampaign> all = plugin.publications().publicCampaigns();
    add(new Paragraph(Words.in("survey.public.intro", locale)));
    if (all.isEmpty()) {
      Paragraph none = new Paragraph(Words.in("survey.public.none", locale));
      none.setId("public-results-none");
      add(none);
    }
    for (PublicCampaign published : all) {
      Anchor title = new Anchor(INDEX + "/" + published.campaign().id(), published.campaign().settings().title());
      title.setId("public-campaign-" + published.campaign().id());
      Div entry = new Div(new H2(title), new Paragraph(facts(published)));
      add(entry);
    }
  }

  private void campaign(String id) {
    PublicCampaign published;
    try {
      published = plugin.publications().publicCampaign(id);
    } catch (PluginProblem notPublic) {
      Paragraph missing = new Paragraph(Words.in("survey.public.notFound", locale));
      missing.setId("public-results-not-found");
      add(missing, back());
      return;
    }
    CampaignSettings settings = published.campaign().settings();
    H2 title = new H2(settings.title());
    title.setId("public-campaign-title");
    add(back(), title);
    settings.description().filter(d -> !d.isBlank()).ifPresent(d -> add(new Paragraph(d)));
    Paragraph facts = new Paragraph(facts(published));
    facts.setId("public-campaign-facts");
    add(facts, downloads(published), new HighlightsView(published.campaign(), plugin.highlights(), locale));
    addAttachListener(attach -> describe(published, attach.getUI()));
    addDetachListener(detach -> detach.getUI().getPage().executeJs("document.getElementById('public-dataset')?.remove()"));
  }

  /**
   * The campaign's DCAT description in the page's head as JSON-LD, as search engines and data portals read a
   * dataset's landing page (the same as {@code dataset.jsonld}); a data block, never run as a script.
   */
  private static void describe(PublicCampaign published, com.vaadin.flow.component.UI ui) {
    com.vaadin.flow.server.VaadinServletRequest request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
    if (request == null) {
      return;
    }
    var http = request.getHttpServletRequest();
    int port = http.getServerPort();
    boolean standard = port == 80 && "http".equals(http.getScheme()) || port == 443 && "https".equals(http.getScheme());
    String root = http.getScheme() + "://" + http.getServerName() + (standard || port <= 0 ? "" : ":" + port) + http.getContextPath() + "/";
    String id = published.campaign().id();
    String json = DatasetDescription.of(published, URI.create(root + "api/v1/public/survey/campaigns/" + id + "/"), URI.create(root + INDEX + "/" + id),
        OpenData.DOWNLOADS).toString();
    ui.getPage().executeJs("document.getElementById('public-dataset')?.remove();"
        + "const s = document.createElement('script'); s.type = 'application/ld+json'; s.id = 'public-dataset'; s.textContent = $0;"
        + "document.head.appendChild(s);", json);
  }

  /** Open data: the results table, its codebook and the DCAT description, read from the public API. */
  private HorizontalLayout downloads(PublicCampaign published) {
    String api = "api/v1/public/survey/campaigns/" + published.campaign().id() + "/";
    HorizontalLayout links = new HorizontalLayout(
        download(api + "results.csv?lang=" + locale.getLanguage(), "survey.public.resultsCsv", "public-download-results"),
        download(api + "results-codebook.csv", "survey.public.codebookCsv", "public-download-codebook"),
        download(api + "dataset.jsonld", "survey.public.dataset", "public-download-dataset"));
    links.setId("public-downloads");
    links.setAlignItems(Alignment.BASELINE);
    return links;
  }

  private Anchor download(String address, String key, String id) {
    Anchor link = new Anchor(address, Words.in(key, locale));
    link.setRouterIgnore(true);
    link.setId(id);
    return link;
  }

  private String facts(PublicCampaign published) {
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    // the close is the first moment it no longer took answers: a campaign closing at midnight ran until the day before
    Publication publication = published.publication();
    CampaignSettings settings = published.campaign().settings();
    return Words.in("survey.public.facts", locale, publication.publisher(), date.format(publication.publishedAt()), date.format(settings.opensAt()),
        date.format(settings.closesAt().minusNanos(1)), publication.licence().title());
  }

  private Anchor back() {
    Anchor back = new Anchor(INDEX, Words.in("survey.public.all", locale));
    back.setId("public-results-all");
    return back;
  }
}
