package org.missionhub.ui.views.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Optional;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.core.mission.application.MissionOverview;
import org.missionhub.core.mission.application.MissionService;
import org.missionhub.core.mission.persistence.MissionFilter;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.ui.components.Badges;
import org.missionhub.ui.components.PagedGrid;
import org.missionhub.ui.components.Selects;
import org.missionhub.ui.views.mission.MissionView;

/**
 * The organisation's missions: search and filters above a lazily loaded, sortable grid (the service pages
 * and sorts; the grid never holds more than it shows).
 */
class MissionList extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient MissionService missions;
  private final TextField search = new TextField();
  private final Select<MissionPhase> phase;
  private final Select<GovernanceMode> mode;
  private final Select<ChallengeArea> area;
  private final Select<MissionFilter.Relation> relation;
  private final Checkbox archived = new Checkbox();
  private final Grid<MissionOverview> grid = new Grid<>();
  private final Paragraph empty = new Paragraph();

  MissionList(MissionService missions, Runnable newMission) {
    this.missions = missions;
    setPadding(false);
    String any = getTranslation("filter.any");
    phase = Selects.filter("filter-phase", getTranslation("mission.phase"), MissionPhase.class, "phase.", any);
    mode = Selects.filter("filter-mode", getTranslation("mission.governanceMode"), GovernanceMode.class, "mode.", any);
    area = Selects.filter("filter-area", getTranslation("mission.challengeArea"), ChallengeArea.class, "area.", any);
    relation = Selects.filter("filter-relation", getTranslation("filter.relation"), MissionFilter.Relation.class, "relation.", any);
    search.setId("filter-search");
    search.setLabel(getTranslation("filter.search"));
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setMaxLength(200);
    archived.setId("filter-archived");
    archived.setLabel(getTranslation("filter.archived"));
    List.of(phase, mode, area, relation).forEach(s -> s.addValueChangeListener(change -> refresh()));
    search.addValueChangeListener(change -> refresh());
    archived.addValueChangeListener(change -> refresh());

    Button create = new Button(getTranslation("wizard.open"), click -> newMission.run());
    create.setId("new-mission");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation("workspace.missions")), create);
    heading.setAlignItems(FlexComponent.Alignment.CENTER);
    heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
    heading.setWidthFull();

    FlexLayout filters = new FlexLayout(search, phase, mode, area, relation, archived);
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.getStyle().set("gap", "var(--lumo-space-m)");
    filters.getElement().setAttribute("role", "search");
    filters.getElement().setAttribute("aria-label", getTranslation("filter.label"));

    configureGrid();
    empty.setId("no-missions");
    add(heading, filters, grid, empty);
    refresh();
  }

  private void configureGrid() {
    grid.setId("missions");
    grid.addComponentColumn(
            m -> new RouterLink(m.mission().title(), MissionView.class, new RouteParameters("missionId", m.mission().id().toString())))
        .setHeader(getTranslation("workspace.column.title"))
        .setSortProperty("title")
        .setFlexGrow(3);
    grid.addColumn(m -> m.mission().lead().name()).setHeader(getTranslation("workspace.column.lead")).setFlexGrow(2);
    grid.addColumn(m -> getTranslation("phase." + m.mission().phase().name()))
        .setHeader(getTranslation("mission.phase"))
        .setSortProperty("phase");
    grid.addColumn(m -> getTranslation("mode." + m.mission().governanceMode().name())).setHeader(getTranslation("mission.governanceMode"));
    grid.addColumn(m -> getTranslation("area." + m.mission().challengeArea().name())).setHeader(getTranslation("mission.challengeArea"));
    grid.addColumn(MissionOverview::acceptedPartners).setHeader(getTranslation("workspace.column.partners")).setFlexGrow(0).setAutoWidth(true);
    grid.addComponentColumn(m -> Badges.health(m.health().status(), getTranslation("health." + m.health().status().name())))
        .setHeader(getTranslation("workspace.column.health"))
        .setAutoWidth(true);
    PagedGrid.bind(grid, page -> missions.list(filter(), page), new PageRequest.SortOrder("title", false));
  }

  private MissionFilter filter() {
    return new MissionFilter(
        Optional.ofNullable(phase.getValue()),
        Optional.ofNullable(mode.getValue()),
        Optional.ofNullable(area.getValue()),
        Optional.ofNullable(search.getValue()).map(String::strip).filter(s -> !s.isEmpty()),
        Optional.ofNullable(relation.getValue()),
        archived.getValue());
  }

  void refresh() {
    grid.getDataProvider().refreshAll();
    long total = missions.list(filter(), PageRequest.first(1)).totalItems();
    boolean none = total == 0;
    PagedGrid.fitTo(grid, total);
    grid.setVisible(!none);
    empty.setVisible(none);
    boolean filtered = !filter().equals(MissionFilter.none());
    empty.setText(getTranslation(filtered ? "workspace.noMatch" : "workspace.noMissions"));
  }
}
