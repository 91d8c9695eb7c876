package org.missionhub.plugin.roadmap.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.roadmap.RoadmapPlugin;
import org.missionhub.plugin.roadmap.export.RoadmapFiles;
import org.missionhub.plugin.roadmap.export.RoadmapTable;
import org.missionhub.plugin.roadmap.model.Dependency;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.ItemRef;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.Objective;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.model.Rag;
import org.missionhub.plugin.roadmap.service.BaselineService;
import org.missionhub.plugin.roadmap.service.InitiativeService;
import org.missionhub.plugin.roadmap.service.MilestoneService;
import org.missionhub.plugin.roadmap.service.MissionMembers;
import org.missionhub.plugin.roadmap.service.ReviewService;
import org.missionhub.plugin.roadmap.service.RoadmapImport;
import org.missionhub.plugin.roadmap.service.RoadmapService;

/**
 * The mission's "Roadmap" tab: a summary (initiatives by RAG, broken dependencies), the timeline, the
 * portfolio board (objectives as rows, initiatives as cards with RAG, owner and next milestone) and the
 * dependencies, with the actions the caller's roles allow.
 */
public class RoadmapTab extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient MissionScope scope;
  private final transient RoadmapService roadmap;
  private final transient InitiativeService initiatives;
  private final transient MilestoneService milestones;
  private final transient RoadmapPlugin plugin;
  /** Comment counts of the initiatives and milestones, by id, read once per drawing. */
  private transient Map<String, Long> initiativeComments = Map.of();
  private transient Map<String, Long> milestoneComments = Map.of();

  public RoadmapTab(RoadmapPlugin plugin, MissionScope scope) {
    this.plugin = plugin;
    this.scope = scope;
    this.roadmap = new RoadmapService(scope, plugin.context());
    this.initiatives = new InitiativeService(scope, plugin.context());
    this.milestones = new MilestoneService(scope, plugin.context());
    setId("roadmap-tab");
    setPadding(false);
    refresh();
  }

  private void refresh() {
    removeAll();
    Portfolio portfolio = roadmap.portfolio();
    MissionMembers members = new MissionMembers(scope);
    add(summary(portfolio), actions(portfolio));
    if (portfolio.initiatives().isEmpty() && portfolio.objectives().isEmpty()) {
      add(new Paragraph(getTranslation("roadmap.empty")));
      return;
    }
    add(new TimelineSection(portfolio, LocalDate.now(plugin.context().clock()), id -> members.known(id).map(o -> o.name()).orElse(null)));
    add(board(portfolio, members), new BalanceSection(portfolio), dependencies(portfolio));
    add(new ReviewsSection(new ReviewService(scope, plugin.context()), roadmap.access().manages(), LocalDate.now(plugin.context().clock()), this::refresh));
    add(new BaselinesSection(new BaselineService(scope, plugin.context()), roadmap.access().manages(), this::refresh));
  }

  private Span summary(Portfolio portfolio) {
    Map<Rag, Long> byRag = portfolio.initiatives().stream().collect(Collectors.groupingBy(Initiative::rag, Collectors.counting()));
    int broken = portfolio.brokenDependencies().size();
    Span summary =
        new Span(getTranslation("roadmap.summary", portfolio.initiatives().size(), byRag.getOrDefault(Rag.GREEN, 0L), byRag.getOrDefault(Rag.AMBER, 0L), byRag.getOrDefault(Rag.RED, 0L), broken));
    summary.setId("roadmap-summary");
    return summary;
  }

  private HorizontalLayout actions(Portfolio portfolio) {
    HorizontalLayout actions = new HorizontalLayout();
    if (roadmap.access().manages()) {
      actions.add(button("roadmap-add-objective", "roadmap.objective.add", () -> new ObjectiveDialog(roadmap, this::refresh).open()));
      actions.add(button("roadmap-add-dependency", "roadmap.dependency.add", () -> new DependencyDialog(roadmap, portfolio, this::refresh).open()));
    }
    if (roadmap.access().manages() || scope.can(org.missionhub.plugin.roadmap.service.Access.EDIT_OWN)) {
      Button add = button("roadmap-add-initiative", "roadmap.initiative.add", () -> new InitiativeDialog(scope, initiatives, portfolio, null, this::refresh).open());
      add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.addComponentAsFirst(add);
      actions.add(button("roadmap-import", "roadmap.import.open", () -> new ImportDialog(new RoadmapImport(scope, plugin.context()), this::refresh).open()));
    }
    actions.add(
        download("roadmap-download-csv", "roadmap.download.csv", "initiatives"),
        download("roadmap-download-milestones", "roadmap.download.milestones", "milestones"),
        download("roadmap-download-xlsx", "roadmap.download.xlsx", "xlsx"));
    // the platform's page of secret feed addresses, with this mission chosen (contract 1.4.0 feeds)
    Anchor calendar = new Anchor("feeds?mission=" + scope.missionId(), getTranslation("roadmap.addToCalendar"));
    calendar.setId("roadmap-add-to-calendar");
    calendar.getStyle().set("white-space", "nowrap");
    actions.add(calendar);
    actions.setWrap(true);
    actions.setAlignItems(Alignment.BASELINE);
    return actions;
  }

  /** A link that writes the roadmap as it is when clicked: one table as CSV, or the whole workbook ({@code xlsx}). */
  private Anchor download(String id, String label, String table) {
    String format = table.equals("xlsx") ? "xlsx" : "csv";
    String file = "roadmap-" + scope.missionId().toString().substring(0, 8) + (format.equals("csv") ? "-" + table : "") + "." + format;
    Anchor link = new Anchor(new StreamResource(file, () -> {
      Map<String, String> names = new HashMap<>();
      scope.organisations().forEach(o -> names.put(o.organisation().id().toString(), o.organisation().name()));
      List<RoadmapTable> tables = RoadmapTable.of(roadmap.portfolio(), names);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        if (format.equals("csv")) {
          RoadmapFiles.csv(RoadmapTable.named(tables, table), out);
        } else {
          RoadmapFiles.xlsx(tables, out);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new ByteArrayInputStream(out.toByteArray());
    }), getTranslation(label));
    link.getElement().setAttribute("download", true);
    link.setId(id);
    link.getStyle().set("white-space", "nowrap");
    return link;
  }

  /** Objectives as rows, each with the cards of the initiatives serving it; then those serving none. */
  private VerticalLayout board(Portfolio portfolio, MissionMembers members) {
    initiativeComments = scope.discussions().counts("initiative");
    milestoneComments = scope.discussions().counts("milestone");
    VerticalLayout board = new VerticalLayout();
    board.setId("roadmap-board");
    board.setPadding(false);
    for (Objective objective : portfolio.objectives()) {
      String heading = objective.title() + (objective.dueYear() == null ? "" : " · " + objective.dueYear());
      board.add(row(heading, portfolio.initiatives().stream().filter(i -> i.objectives().contains(objective.id())).toList(), portfolio, members));
    }
    List<Initiative> unlinked = portfolio.initiatives().stream().filter(i -> i.objectives().isEmpty()).toList();
    if (!unlinked.isEmpty()) {
      board.add(row(getTranslation("roadmap.noObjective"), unlinked, portfolio, members));
    }
    return board;
  }

  private VerticalLayout row(String heading, List<Initiative> cards, Portfolio portfolio, MissionMembers members) {
    FlexLayout list = new FlexLayout();
    list.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    list.getStyle().set("gap", "var(--lumo-space-m)");
    cards.forEach(i -> list.add(card(i, portfolio, members)));
    if (cards.isEmpty()) {
      list.add(new Span(getTranslation("roadmap.noInitiatives")));
    }
    VerticalLayout row = new VerticalLayout(new H4(heading), list);
    row.setPadding(false);
    row.setSpacing(false);
    return row;
  }

  private Div card(Initiative initiative, Portfolio portfolio, MissionMembers members) {
    Div card = new Div();
    card.addClassName("roadmap-card");
    card.getElement().setAttribute("data-initiative", initiative.id());
    card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)").set("width", "17rem");
    Span title = new Span(initiative.title());
    title.getStyle().set("font-weight", "600");
    Span rag = new Span(getTranslation("roadmap.rag." + initiative.rag().name()));
    rag.addClassNames("mh-badge", initiative.rag() == Rag.GREEN ? "success" : initiative.rag() == Rag.AMBER ? "contrast" : "error");
    String owner = members.known(initiative.owner()).map(o -> o.name()).orElse(getTranslation("roadmap.formerOrganisation"));
    Div meta = new Div(new Span(owner + " · " + getTranslation("roadmap.lifecycle." + initiative.lifecycle().name())
        + initiative.horizon().map(h -> " · " + getTranslation("roadmap.horizon." + h.name())).orElse("")));
    meta.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
    card.add(new Div(title), new Div(rag), meta);
    if (initiative.ragReason() != null) {
      card.add(new Div(new Span(initiative.ragReason())));
    }
    portfolio.nextMilestone(initiative.id()).ifPresent(m -> {
      Div next = new Div(new Span(getTranslation("roadmap.nextMilestone", m.title(), m.due().toString())));
      next.add(comments("milestone", m.id(), m.title(), milestoneComments));
      card.add(next);
    });
    card.add(new Div(comments("initiative", initiative.id(), initiative.title(), initiativeComments)));
    if (roadmap.access().mayEdit(initiative)) {
      Button edit = button("roadmap-edit-" + initiative.id(), "roadmap.edit", () -> new InitiativeDialog(scope, initiatives, portfolio, initiative, this::refresh).open());
      Button milestone = button("roadmap-milestone-" + initiative.id(), "roadmap.milestone.add", () -> new MilestoneDialog(milestones, initiative, null, this::refresh).open());
      edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      milestone.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      HorizontalLayout buttons = new HorizontalLayout(edit, milestone);
      for (Milestone m : portfolio.milestones()) {
        if (initiative.id().equals(m.initiativeId()) && m.isOpen()) {
          Button move = button("roadmap-move-" + m.id(), "roadmap.milestone.move", () -> new MilestoneDialog(milestones, initiative, m, this::refresh).open());
          move.getElement().setAttribute("aria-label", getTranslation("roadmap.milestone.moveNamed", m.title()));
          move.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
          buttons.add(move);
        }
      }
      buttons.setSpacing(false);
      card.add(buttons);
    }
    return card;
  }

  private VerticalLayout dependencies(Portfolio portfolio) {
    VerticalLayout section = new VerticalLayout(new H4(getTranslation("roadmap.dependencies")));
    section.setId("roadmap-dependencies");
    section.setPadding(false);
    if (portfolio.dependencies().isEmpty()) {
      section.add(new Paragraph(getTranslation("roadmap.noDependencies")));
      return section;
    }
    Set<Dependency> broken = new HashSet<>(portfolio.brokenDependencies());
    Map<String, String> names = portfolio.initiatives().stream().collect(Collectors.toMap(Initiative::id, Initiative::title));
    names.putAll(portfolio.milestones().stream().collect(Collectors.toMap(Milestone::id, Milestone::title)));
    Function<ItemRef, String> name = item -> names.getOrDefault(item.id(), item.id());
    UnorderedList list = new UnorderedList();
    for (Dependency d : portfolio.dependencies()) {
      ListItem item = new ListItem(getTranslation("roadmap.dependency.line", name.apply(d.predecessor()), name.apply(d.successor()), getTranslation("roadmap.dependency." + d.kind().name())));
      if (broken.contains(d)) {
        Span badge = new Span(getTranslation("roadmap.dependency.broken"));
        badge.addClassNames("mh-badge", "error");
        item.add(new Span(" "), badge);
        item.addClassName("roadmap-broken");
      }
      list.add(item);
    }
    section.add(list);
    return section;
  }

  /** The item's "Comments (n)" button, opening the platform's discussion of it (contract 1.10.0). */
  private Button comments(String type, String id, String title, Map<String, Long> counts) {
    Button open = org.missionhub.plugin.support.ui.CommentsButton.of(scope, type, id, getTranslation("roadmap.comments", counts.getOrDefault(id, 0L)), title, this::refresh);
    open.setId("roadmap-comments-" + id);
    return open;
  }

  private Button button(String id, String label, Runnable action) {
    Button button = new Button(getTranslation(label), click -> action.run());
    button.setId(id);
    return button;
  }
}
