package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.util.Locale;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.export.FileNames;
import org.missionhub.plugin.survey.highlights.Highlights;
import org.missionhub.plugin.survey.results.QuestionResult;
import org.missionhub.plugin.survey.service.HighlightsService;

/**
 * A campaign's highlights report on screen: chapter by chapter, each question's overall shares as bars
 * (with the numbers as a table), the PDF to download and the page to print.
 */
public final class HighlightsView extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final Locale locale;

  public HighlightsView(Campaign campaign, HighlightsService service, Locale locale) {
    this.locale = locale;
    setId("survey-highlights");
    setPadding(false);
    Highlights report = service.highlights(campaign, locale);
    Anchor pdf = new Anchor(new StreamResource(FileNames.highlightsPdf(report.title()), () -> new ByteArrayInputStream(service.pdf(campaign, locale))),
        Words.in("survey.highlights.download", locale));
    pdf.getElement().setAttribute("download", true);
    pdf.setId("highlights-pdf");
    Button print = new Button(Words.in("survey.highlights.print", locale), click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
    print.setId("highlights-print");
    print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout actions = new HorizontalLayout(pdf, print);
    actions.setAlignItems(Alignment.BASELINE);
    add(actions);
    add(new Paragraph(Words.in("survey.highlights.intro", locale, report.minimumCellSize())));
    add(new Paragraph(Words.in("survey.respondents", locale) + ": " + (report.respondents() == null ? Words.in("survey.tooFew", locale) : report.respondents())));
    if (!report.resultsPublished()) {
      add(new Paragraph(Words.in("survey.highlights.notPublished", locale)));
    }
    int number = 0;
    for (Highlights.Chapter chapter : report.chapters()) {
      Div section = new Div(new H3(chapter.title()));
      section.setId("highlights-chapter-" + ++number);
      chapter.questions().forEach(q -> section.add(question(q)));
      add(section);
    }
  }

  private Div question(QuestionResult q) {
    Div block = new Div(new H4(q.label()));
    block.setId("highlight-" + q.question());
    if (q.items().isEmpty()) {
      block.add(body(q));
    } else {
      q.items().forEach(item -> block.add(new Div(new H5(item.label()), body(item))));
    }
    return block;
  }

  private Div body(QuestionResult q) {
    Div body = new Div();
    if (q.withheld() || q.respondents() == null || q.overall() == null) {
      body.add(new Paragraph(q.withheld() || q.respondents() == null ? Words.in("survey.tooFew", locale) : Words.in("survey.respondents", locale) + ": " + q.respondents()));
      return body;
    }
    QuestionResult.Row all = q.overall().rows().get(0);
    String respondents = Words.in("survey.respondents", locale) + ": " + q.respondents();
    if (q.categories().isEmpty()) {
      body.add(new Paragraph(respondents + " · " + Words.in("survey.mean", locale) + ": " + number(all.mean()) + " · " + Words.in("survey.median", locale) + ": " + number(all.median())));
      return body;
    }
    body.add(new Paragraph(respondents + (all.mean() == null ? "" : " · " + Words.in("survey.mean", locale) + ": " + number(all.mean()) + " / " + q.categories().size())));
    body.add(new BarChart(q.label(), Shares.bars(q.categories(), all, false, locale), null, locale));
    return body;
  }

  private String number(Double value) {
    if (value == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  /** The report behind a disclosure triangle, laid out only when first opened (it reads every question's results). */
  static Details folded(Campaign campaign, HighlightsService service, Locale locale) {
    Details details = new Details(Words.in("survey.highlights", locale));
    details.setId("campaign-highlights");
    details.addOpenedChangeListener(e -> {
      if (e.isOpened() && details.getContent().findAny().isEmpty()) {
        details.add(new HighlightsView(campaign, service, locale));
      }
    });
    return details;
  }
}
