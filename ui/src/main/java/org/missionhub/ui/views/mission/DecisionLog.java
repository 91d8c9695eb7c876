package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Optional;
import org.missionhub.api.governance.DecisionStatus;
import org.missionhub.api.plugin.CoreItem;
import org.missionhub.core.governance.domain.Decision;
import org.missionhub.core.governance.domain.DecisionRecord;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.Formats;
import org.missionhub.ui.components.PagedGrid;
import org.missionhub.ui.plugins.ItemActions;

/**
 * The decision log: what was decided, when, by whom, and which decisions moved the mission to another
 * phase. Proposals are adopted, rejected or edited by those who record decisions; an adopted decision is
 * never edited, only superseded by a newer one.
 */
class DecisionLog extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final MissionContext context;
  private final transient MissionServices services;
  private final Runnable changed;

  DecisionLog(MissionContext context, MissionServices services, Runnable changed) {
    this.context = context;
    this.services = services;
    this.changed = changed;
    setId("decision-log");
    setPadding(false);
    HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation("decisions.title")));
    heading.setAlignItems(Alignment.CENTER);
    if (context.can(MissionPermission.PROPOSE_DECISION)) {
      Button record = new Button(getTranslation("decisions.record"), click -> DecisionDialog.create(context, services, changed).open());
      record.setId("record-decision");
      heading.add(record);
    }
    add(heading, grid());
  }

  private Grid<Decision> grid() {
    Grid<Decision> grid = new Grid<>();
    grid.setId("decisions");
    grid.addColumn(Decision::title).setHeader(getTranslation("decisions.column.title")).setSortProperty("title").setFlexGrow(3);
    grid.addColumn(d -> getTranslation("decisionStatus." + d.status().name())).setHeader(getTranslation("decisions.column.status")).setSortProperty("status");
    grid.addColumn(this::phaseChange).setHeader(getTranslation("decisions.column.phase")).setFlexGrow(2);
    grid.addColumn(d -> Formats.date(d.decidedOn(), getLocale())).setHeader(getTranslation("decisions.column.decidedOn")).setSortProperty("decidedOn");
    grid.addColumn(Decision::decidedBy).setHeader(getTranslation("decisions.column.decidedBy"));
    if (context.can(MissionPermission.RECORD_DECISIONS)) {
      grid.addComponentColumn(this::actions).setHeader(getTranslation("decisions.column.actions")).setAutoWidth(true);
    }
    java.util.Map<String, Long> comments = services.comments().counts(context.missionId());
    grid.addComponentColumn(d -> DiscussionDialog.button(context, services, comments, "DECISION", d.id(), d.title(), changed))
        .setHeader(getTranslation("discussion.title"))
        .setAutoWidth(true);
    var pluginActions = context.plugins().actions(CoreItem.Kind.DECISION);
    if (!pluginActions.isEmpty()) {
      grid.addComponentColumn(d -> new ItemActions(pluginActions, new CoreItem(CoreItem.Kind.DECISION, d.id(), d.title())))
          .setHeader(getTranslation("plugins.itemActions"))
          .setAutoWidth(true);
    }
    PagedGrid.bind(grid, page -> services.decisions().list(context.missionId(), Optional.empty(), page), new PageRequest.SortOrder("createdAt", true));
    return grid;
  }

  private String phaseChange(Decision decision) {
    if (decision.phaseTo() == null) {
      return "";
    }
    String to = getTranslation("phase." + decision.phaseTo().name());
    return decision.phaseFrom() == null ? "→ " + to : getTranslation("phase." + decision.phaseFrom().name()) + " → " + to;
  }

  private HorizontalLayout actions(Decision decision) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.setSpacing(false);
    if (decision.status() == DecisionStatus.PROPOSED) {
      boolean gateAllowed = decision.phaseTo() == null || context.can(MissionPermission.CHANGE_PHASE);
      if (gateAllowed) {
        actions.add(action(decision, "decisions.adopt", "adopt", DecisionStatus.ADOPTED, ButtonVariant.LUMO_PRIMARY));
      }
      actions.add(action(decision, "decisions.reject", "reject", DecisionStatus.REJECTED, ButtonVariant.LUMO_TERTIARY));
      Button edit = small("decisions.edit", decision, ButtonVariant.LUMO_TERTIARY);
      edit.addClickListener(click -> DecisionDialog.edit(context, services, decision, changed).open());
      actions.add(edit);
      Button delete = small("decisions.delete", decision, ButtonVariant.LUMO_ERROR);
      delete.addClickListener(click -> {
        if (Feedback.attempt(() -> services.decisions().delete(context.missionId(), decision.id(), decision.version()))) {
          changed.run();
        }
      });
      actions.add(delete);
    } else if (decision.status() == DecisionStatus.ADOPTED) {
      actions.add(action(decision, "decisions.supersede", "supersede", DecisionStatus.SUPERSEDED, ButtonVariant.LUMO_TERTIARY));
    }
    return actions;
  }

  /**
   * Moves the decision to another status, keeping its content; a decision taken now without a date or a
   * decider is dated today and attributed to the person taking it.
   */
  private Button action(Decision decision, String key, String idPrefix, DecisionStatus to, ButtonVariant variant) {
    Button button = small(key, decision, variant);
    button.setId(idPrefix + "-" + decision.id());
    boolean deciding = to != DecisionStatus.SUPERSEDED;
    LocalDate decidedOn = decision.decidedOn() == null && deciding ? LocalDate.now() : decision.decidedOn();
    String decidedBy =
        (decision.decidedBy() == null || decision.decidedBy().isBlank()) && deciding ? context.callerName() : decision.decidedBy();
    DecisionRecord record = new DecisionRecord(decision.title(), decision.rationale(), decidedOn, decidedBy, to, decision.phaseTo());
    button.addClickListener(
        click -> {
          if (Feedback.attempt(() -> services.decisions().revise(context.missionId(), decision.id(), decision.version(), record))) {
            Feedback.success(getTranslation("decisions.nowStatus", decision.title(), getTranslation("decisionStatus." + to.name())));
            changed.run();
          }
        });
    return button;
  }

  private Button small(String key, Decision decision, ButtonVariant variant) {
    Button button = new Button(getTranslation(key));
    button.addThemeVariants(ButtonVariant.LUMO_SMALL, variant);
    button.setAriaLabel(getTranslation(key) + ": " + decision.title());
    return button;
  }
}
