package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.missionhub.api.governance.RiskStatus;
import org.missionhub.api.plugin.CoreItem;
import org.missionhub.core.governance.domain.Risk;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.ui.components.Badges;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.PagedGrid;
import org.missionhub.ui.plugins.ItemActions;

/**
 * The risk register: open risks on a 5x5 likelihood/impact matrix, and every risk in a list with its owner
 * and mitigation. Categories start from what mission practitioners named most (silos, lost momentum, lack
 * of committed support, budget cycles).
 */
class RiskRegister extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final MissionContext context;
  private final transient MissionServices services;
  private final Runnable changed;

  RiskRegister(MissionContext context, MissionServices services, Runnable changed) {
    this.context = context;
    this.services = services;
    this.changed = changed;
    setId("risk-register");
    setPadding(false);
    HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation("risks.title")));
    heading.setAlignItems(Alignment.CENTER);
    boolean manages = context.can(MissionPermission.MANAGE_RISKS);
    if (manages) {
      Button add = new Button(getTranslation("risks.add"), click -> RiskDialog.create(context, services, changed).open());
      add.setId("add-risk");
      heading.add(add);
    }
    add(heading, new RiskMatrixView(services.risks().matrix(context.missionId())));
    if (services.risks().list(context.missionId(), Optional.of(RiskStatus.PROPOSED), Optional.empty(), PageRequest.first(1)).totalItems() > 0) {
      Paragraph hint = new Paragraph(getTranslation(manages ? "risks.proposedHint" : "risks.proposedHintReader"));
      hint.setId("risks-proposed-hint");
      add(hint);
    }
    add(grid(manages));
  }

  /** The status; a plugin's proposal names the plugin (by its name where the organisation enabled it). */
  private String status(Risk risk) {
    String status = getTranslation("riskStatus." + risk.status().name());
    return risk.status() == RiskStatus.PROPOSED
        ? risk.proposingPlugin().map(id -> getTranslation("risks.proposedBy", status, context.plugins().pluginName(id, getLocale()).orElse(id))).orElse(status)
        : status;
  }

  private Grid<Risk> grid(boolean manages) {
    Grid<Risk> grid = new Grid<>();
    grid.setId("risks");
    grid.addColumn(Risk::title).setHeader(getTranslation("risks.column.title")).setSortProperty("title").setFlexGrow(3);
    grid.addColumn(r -> getTranslation("riskCategory." + r.category().name())).setHeader(getTranslation("risks.column.category")).setFlexGrow(2);
    grid.addColumn(Risk::likelihood).setHeader(getTranslation("risks.column.likelihood")).setSortProperty("likelihood").setAutoWidth(true);
    grid.addColumn(Risk::impact).setHeader(getTranslation("risks.column.impact")).setSortProperty("impact").setAutoWidth(true);
    grid.addComponentColumn(r -> Badges.of(String.valueOf(r.score()), r.isHigh() ? "error" : "contrast"))
        .setHeader(getTranslation("risks.column.score"))
        .setSortProperty("score")
        .setAutoWidth(true);
    grid.addColumn(this::status).setHeader(getTranslation("risks.column.status"));
    grid.addColumn(Risk::owner).setHeader(getTranslation("risks.column.owner"));
    if (manages) {
      grid.addComponentColumn(
              r -> {
                Button edit = new Button(getTranslation("risks.edit"), click -> RiskDialog.edit(context, services, r, changed).open());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                edit.setAriaLabel(getTranslation("risks.edit") + ": " + r.title());
                Button delete = new Button(getTranslation("risks.delete"));
                delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                delete.setAriaLabel(getTranslation("risks.delete") + ": " + r.title());
                delete.addClickListener(click -> {
                  if (Feedback.attempt(() -> services.risks().delete(context.missionId(), r.id(), r.version()))) {
                    changed.run();
                  }
                });
                HorizontalLayout actions = new HorizontalLayout(edit, delete);
                if (r.status() == RiskStatus.PROPOSED) {
                  // a starting risk MissionHub proposed: take it into the register as it is, or dismiss it
                  Button accept = new Button(getTranslation("risks.accept"), click -> {
                    if (Feedback.attempt(() -> services.risks().accept(context.missionId(), r.id(), r.version()))) {
                      changed.run();
                    }
                  });
                  accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                  accept.setAriaLabel(getTranslation("risks.accept") + ": " + r.title());
                  delete.setText(getTranslation("risks.dismiss"));
                  delete.setAriaLabel(getTranslation("risks.dismiss") + ": " + r.title());
                  actions.addComponentAsFirst(accept);
                }
                actions.setSpacing(false);
                return actions;
              })
          .setAutoWidth(true);
    }
    java.util.Map<String, Long> comments = services.comments().counts(context.missionId());
    grid.addComponentColumn(r -> DiscussionDialog.button(context, services, comments, "RISK", r.id(), r.title(), changed))
        .setHeader(getTranslation("discussion.title"))
        .setAutoWidth(true);
    var pluginActions = context.plugins().actions(CoreItem.Kind.RISK);
    if (!pluginActions.isEmpty()) {
      grid.addComponentColumn(r -> new ItemActions(pluginActions, new CoreItem(CoreItem.Kind.RISK, r.id(), r.title())))
          .setHeader(getTranslation("plugins.itemActions"))
          .setAutoWidth(true);
    }
    PagedGrid.bind(
        grid,
        page -> services.risks().list(context.missionId(), Optional.empty(), Optional.empty(), page),
        new PageRequest.SortOrder("score", true));
    return grid;
  }
}
