package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionhub.plugin.survey.results.QuestionResult;
import org.missionhub.plugin.survey.service.Standing;

/** "Where do we stand": per question, the peers' shares as bars with the organisation's own share marked on each. */
public final class StandingView extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  public StandingView(Standing standing, Locale locale) {
    setId("survey-standing");
    setPadding(false);
    String peers = Dimensions.label(standing.peers(), locale) + (standing.peerGroup() == null ? "" : ": " + Shares.group(standing.peerGroup(), locale));
    add(new Paragraph(Words.in("survey.peers", locale) + " · " + peers + " · " + Words.in("survey.you", locale) + ": " + standing.ownResponses()));
    for (Standing.QuestionStanding q : standing.questions()) {
      Div block = new Div(new H4(q.label()));
      block.setId("standing-" + q.question());
      if (q.items().isEmpty()) {
        block.add(body(q, locale));
      } else {
        q.items().forEach(item -> block.add(new H5(item.label()), body(item, locale)));
      }
      add(block);
    }
  }

  private static Div body(Standing.QuestionStanding q, Locale locale) {
    Div body = new Div();
    if (q.peers() == null) {
      body.add(new Paragraph(q.note() == null ? Words.in("survey.textOnlyCounted", locale) : q.note()));
      return body;
    }
    List<BarChart.Bar> bars = new ArrayList<>();
    for (int c = 0; c < q.categories().size(); c++) {
      QuestionResult.Cell peer = q.peers().cells().get(c);
      Standing.OwnCell own = q.own() == null ? null : q.own().cells().get(c);
      bars.add(new BarChart.Bar(
          q.categories().get(c).label(), peer.percentOfRespondents(), Words.in("survey.peers", locale) + " " + Shares.text(peer, false, locale),
          own == null ? null : own.percentOfRespondents(), own == null ? null : Shares.percent(own.percentOfRespondents(), locale) + " (" + own.count() + ")"));
    }
    body.add(new BarChart(q.label(), bars, Words.in("survey.you", locale), locale));
    if (q.peers().mean() != null) {
      body.add(new Paragraph(Words.in("survey.mean", locale) + ": " + Words.in("survey.peers", locale) + " " + q.peers().mean()
          + (q.own() == null || q.own().mean() == null ? "" : " · " + Words.in("survey.you", locale) + " " + q.own().mean())));
    }
    return body;
  }
}
