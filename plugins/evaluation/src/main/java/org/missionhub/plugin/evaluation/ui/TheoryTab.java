package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.EvaluationPlugin;
import org.missionhub.plugin.evaluation.diagram.TheoryLabels;
import org.missionhub.plugin.evaluation.diagram.TheoryLayout;
import org.missionhub.plugin.evaluation.diagram.TheorySvg;
import org.missionhub.plugin.evaluation.model.ChangeLink;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.RollUp;
import org.missionhub.plugin.evaluation.model.TheoryCheck;
import org.missionhub.plugin.evaluation.service.TheoryService;
import org.missionhub.plugin.support.ui.FieldProblems;

/**
 * The mission's "Theory of change" tab: the checks, the diagram drawn on the server, and the same theory as
 * a list (for screen readers, and where managers edit steps and links).
 */
public class TheoryTab extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient MissionScope scope;
  private final transient TheoryService theory;

  public TheoryTab(EvaluationPlugin plugin, MissionScope scope) {
    this.scope = scope;
    this.theory = new TheoryService(scope, plugin.context());
    setId("evaluation-theory");
    setPadding(false);
    refresh();
  }

  private void refresh() {
    removeAll();
    TheoryService.View view = theory.view();
    TheoryLabels labels = TheoryLabels.of(getLocale());
    String target = scope.targetStatement().orElse(null);
    add(new Paragraph(getTranslation("evaluation.theory.intro")));
    RollUp.Standing atTarget = view.rollUp().target();
    Paragraph targetLine = new Paragraph(getTranslation("evaluation.theory.target") + ": " + (target == null ? getTranslation("evaluation.theory.noTarget") : target)
        + " · " + standing(atTarget));
    targetLine.setId("evaluation-theory-target");
    add(targetLine);
    if (theory.access().manages()) {
      Button addStep = new Button(getTranslation("evaluation.theory.addStep"), click -> new StepDialog(theory, view, null, this::refresh).open());
      addStep.setId("evaluation-theory-add-step");
      addStep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      Button addLink = new Button(getTranslation("evaluation.theory.addLink"), click -> new LinkDialog(theory, view, null, this::refresh).open());
      addLink.setId("evaluation-theory-add-link");
      addLink.setEnabled(!view.theory().nodes().isEmpty());
      add(new HorizontalLayout(addStep, addLink));
    }
    add(checks(view, labels));
    if (view.theory().nodes().isEmpty()) {
      add(new Paragraph(getTranslation("evaluation.theory.empty")));
      return;
    }
    // focusable, so that a keyboard can scroll a wide diagram (the list below says the same in words)
    Html diagram = new Html("<div tabindex=\"0\" role=\"group\" aria-label=\"" + getTranslation("evaluation.theory.title").replace("\"", "") + "\" style=\"overflow-x:auto;max-width:100%\">" + TheorySvg.draw(view.theory(), labels.forDrawing(view.theory(), view::title, view.rollUp(), target)) + "</div>");
    diagram.setId("evaluation-theory-diagram");
    add(diagram);
    add(list(view, labels));
  }

  private Div checks(TheoryService.View view, TheoryLabels labels) {
    Div box = new Div();
    box.setId("evaluation-theory-checks");
    box.add(new H4(getTranslation("evaluation.theory.checks")));
    if (view.checks().isEmpty()) {
      box.add(new Paragraph(getTranslation(view.theory().nodes().isEmpty() ? "evaluation.theory.empty" : "evaluation.theory.noProblems")));
      return box;
    }
    UnorderedList list = new UnorderedList();
    for (TheoryCheck check : view.checks()) {
      ListItem item = new ListItem(labels.check(check));
      item.addClassName("evaluation-theory-check");
      item.getElement().setAttribute("data-kind", check.kind().name());
      list.add(item);
    }
    box.add(list);
    return box;
  }

  /** The steps column by column as the diagram lays them out, each with where it leads and why. */
  private Div list(TheoryService.View view, TheoryLabels labels) {
    Div box = new Div();
    box.setId("evaluation-theory-list");
    box.add(new H4(getTranslation("evaluation.theory.list")));
    OrderedList steps = new OrderedList();
    for (List<String> column : new TheoryLayout(view.theory()).columns()) {
      for (String id : column) {
        view.theory().node(id).ifPresent(node -> steps.add(step(view, labels, node)));
      }
    }
    box.add(steps);
    return box;
  }

  private ListItem step(TheoryService.View view, TheoryLabels labels, ChangeNode node) {
    ListItem item = new ListItem();
    item.setId("evaluation-theory-step-" + node.id());
    item.addClassName("evaluation-theory-step");
    Span title = new Span(labels.kind(node.kind()) + ": " + view.title(node));
    title.getStyle().set("font-weight", "600");
    item.add(title);
    List<String> facts = new ArrayList<>();
    facts.add(standing(view.rollUp().of(node.id())));
    List<Indicator> measured = view.indicatorsOf(node.id());
    if (!measured.isEmpty()) {
      facts.add(getTranslation("evaluation.theory.measuredBy", String.join(", ", measured.stream().map(Indicator::code).toList())));
    }
    item.add(new Span(" · " + String.join(" · ", facts)));
    if (node.description() != null) {
      item.add(new Paragraph(node.description()));
    }
    UnorderedList links = new UnorderedList();
    for (ChangeLink link : view.theory().from(node.id())) {
      links.add(link(view, node, link));
    }
    if (links.getChildren().findAny().isEmpty()) {
      links.add(new ListItem(getTranslation("evaluation.theory.leadsNowhere")));
    }
    item.add(links);
    if (theory.access().manages()) {
      Button edit = new Button(getTranslation("evaluation.theory.editStep"), click -> new StepDialog(theory, view, node, this::refresh).open());
      edit.setId("evaluation-theory-edit-step-" + node.id());
      Button remove = new Button(getTranslation("evaluation.theory.remove"), click -> confirm(getTranslation("evaluation.theory.removeStepConfirm", view.title(node)),
          () -> theory.deleteNode(node.id(), node.revision())));
      remove.setId("evaluation-theory-remove-step-" + node.id());
      for (Button b : List.of(edit, remove)) {
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      }
      item.add(new HorizontalLayout(edit, remove));
    }
    return item;
  }

  private ListItem link(TheoryService.View view, ChangeNode from, ChangeLink link) {
    String to = link.to() == null ? getTranslation("evaluation.theory.target") : view.theory().node(link.to()).map(view::title).orElse("");
    StringBuilder text = new StringBuilder(getTranslation("evaluation.theory.leadsTo", to));
    if (link.assumptions() != null) {
      text.append("; ").append(getTranslation("evaluation.theory.assumes", link.assumptions()));
    }
    if (link.evidence() != null) {
      text.append("; ").append(getTranslation("evaluation.theory.evidenceIs", link.evidence()));
    }
    ListItem item = new ListItem(new Span(text.toString()));
    item.setId("evaluation-theory-link-" + link.id());
    if (theory.access().manages()) {
      Button edit = new Button(getTranslation("evaluation.theory.editLink"), click -> new LinkDialog(theory, view, link, this::refresh).open());
      edit.setId("evaluation-theory-edit-link-" + link.id());
      Button remove = new Button(getTranslation("evaluation.theory.remove"), click -> confirm(getTranslation("evaluation.theory.removeLinkConfirm", view.title(from), to),
          () -> theory.deleteLink(link.id(), link.revision())));
      remove.setId("evaluation-theory-remove-link-" + link.id());
      for (Button b : List.of(edit, remove)) {
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      }
      item.add(edit, remove);
    }
    return item;
  }

  private String standing(RollUp.Standing s) {
    return s.percent() == null && s.onTrack() + s.offTrack() == 0
        ? getTranslation("evaluation.theory.progressNone")
        : getTranslation("evaluation.theory.progress", s.percent() == null ? "–" : s.percent().toPlainString(), s.onTrack(), s.offTrack());
  }

  private void confirm(String question, Runnable action) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setId("evaluation-theory-confirm");
    dialog.setText(question);
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("evaluation.cancel"));
    dialog.setConfirmText(getTranslation("evaluation.theory.remove"));
    dialog.addConfirmListener(e -> {
      try {
        action.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, java.util.Map.of());
      }
      refresh();
    });
    dialog.open();
  }
}
