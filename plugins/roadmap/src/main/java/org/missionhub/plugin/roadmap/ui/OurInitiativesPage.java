package org.missionhub.plugin.roadmap.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.plugin.roadmap.RoadmapPlugin;
import org.missionhub.plugin.roadmap.model.Rag;
import org.missionhub.plugin.roadmap.service.OrganisationInitiatives;
import org.missionhub.plugin.roadmap.service.OrganisationInitiatives.Entry;

/** The organisation's page "Our initiatives": what it owns or contributes to in every mission it takes part in. */
public class OurInitiativesPage extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  public OurInitiativesPage(RoadmapPlugin plugin, OrganisationScope scope) {
    setId("roadmap-our-initiatives");
    setPadding(false);
    List<Entry> entries = new OrganisationInitiatives(scope).list();
    if (entries.isEmpty()) {
      add(new Paragraph(getTranslation("roadmap.ours.none")));
      return;
    }
    Grid<Entry> grid = new Grid<>();
    grid.setId("roadmap-our-initiatives-grid");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(e -> e.mission().title()).setHeader(getTranslation("roadmap.ours.mission")).setFlexGrow(2);
    grid.addColumn(e -> e.initiative().title()).setHeader(getTranslation("roadmap.field.title")).setFlexGrow(2);
    grid.addColumn(e -> getTranslation(e.owned() ? "roadmap.ours.owner" : "roadmap.ours.contributor")).setHeader(getTranslation("roadmap.ours.part"));
    grid.addComponentColumn(e -> rag(e.initiative().rag())).setHeader(getTranslation("roadmap.field.rag"));
    grid.addColumn(e -> getTranslation("roadmap.lifecycle." + e.initiative().lifecycle().name())).setHeader(getTranslation("roadmap.field.lifecycle"));
    grid.addColumn(e -> e.nextMilestone().map(m -> m.due() + " · " + m.title()).orElse("")).setHeader(getTranslation("roadmap.card.next")).setFlexGrow(2);
    grid.addColumn(e -> e.brokenDependencies() == 0 ? "" : getTranslation("roadmap.ours.broken", e.brokenDependencies())).setHeader(getTranslation("roadmap.dependencies"));
    grid.setItems(entries);
    grid.setAllRowsVisible(true);
    add(grid);
  }

  private Span rag(Rag rag) {
    Span badge = new Span(getTranslation("roadmap.rag." + rag.name()));
    badge.addClassNames("mh-badge", rag == Rag.GREEN ? "success" : rag == Rag.AMBER ? "contrast" : "error");
    return badge;
  }
}
