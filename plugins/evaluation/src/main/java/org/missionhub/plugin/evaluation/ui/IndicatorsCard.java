package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.evaluation.EvaluationPlugin;
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Track;
import org.missionhub.plugin.evaluation.service.IndicatorService;

/** The mission overview's "Indicators" card: how many are on track, and which are not. */
public class IndicatorsCard extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  static final int LISTED = 3;

  public IndicatorsCard(EvaluationPlugin plugin, MissionScope scope) {
    setId("evaluation-card");
    setPadding(false);
    setSpacing(false);
    Board board = new IndicatorService(scope, plugin.context()).board();
    add(summary(board, this));
    UnorderedList off = new UnorderedList();
    board.indicators().stream()
        .filter(i -> board.progress(i).track() == Track.OFF_TRACK)
        .limit(LISTED)
        .forEach(i -> off.add(new ListItem(i.code() + " · " + i.name().in(getLocale()))));
    if (off.getChildren().findAny().isPresent()) {
      add(new Span(getTranslation("evaluation.card.offTrack")), off);
    }
  }

  /** "5 indicators: 2 on track, 1 off track, 2 without values or targets". */
  static Span summary(Board board, Component where) {
    Map<Track, Long> byTrack = board.indicators().stream().collect(Collectors.groupingBy((Indicator i) -> board.progress(i).track(), Collectors.counting()));
    Span summary = new Span(where.getTranslation("evaluation.summary", board.indicators().size(), byTrack.getOrDefault(Track.ON_TRACK, 0L),
        byTrack.getOrDefault(Track.OFF_TRACK, 0L), byTrack.getOrDefault(Track.NO_DATA, 0L) + byTrack.getOrDefault(Track.NO_TARGET, 0L)));
    summary.setId(where instanceof IndicatorsCard ? "evaluation-card-summary" : "evaluation-summary");
    return summary;
  }
}
