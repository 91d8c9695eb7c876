package org.missionhub.plugin.roadmap.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.roadmap.RoadmapPlugin;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.model.Rag;
import org.missionhub.plugin.roadmap.service.RoadmapService;

/** The mission overview's "Roadmap" card: initiatives by RAG status, broken dependencies, the next milestones. */
public class RoadmapCard extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  static final int NEXT = 3;

  public RoadmapCard(RoadmapPlugin plugin, MissionScope scope) {
    setId("roadmap-card");
    setPadding(false);
    setSpacing(false);
    Portfolio portfolio = new RoadmapService(scope, plugin.context()).portfolio();
    Map<Rag, Long> byRag = portfolio.initiatives().stream().collect(Collectors.groupingBy(Initiative::rag, Collectors.counting()));
    Span summary =
        new Span(getTranslation("roadmap.summary", portfolio.initiatives().size(), byRag.getOrDefault(Rag.GREEN, 0L), byRag.getOrDefault(Rag.AMBER, 0L), byRag.getOrDefault(Rag.RED, 0L), portfolio.brokenDependencies().size()));
    summary.setId("roadmap-card-summary");
    add(summary);
    // an open milestone whose date has passed is the first thing a leader should see, so it stays on the list
    LocalDate today = LocalDate.now(plugin.context().clock());
    UnorderedList next = new UnorderedList();
    portfolio.milestones().stream()
        .filter(Milestone::isOpen)
        .sorted(Comparator.comparing(Milestone::due))
        .limit(NEXT)
        .forEach(m -> next.add(new ListItem(m.due().isBefore(today)
            ? getTranslation("roadmap.card.overdue", m.due(), m.title())
            : m.due() + " · " + m.title())));
    if (next.getChildren().findAny().isPresent()) {
      add(new Span(getTranslation("roadmap.card.next")), next);
    }
  }
}
