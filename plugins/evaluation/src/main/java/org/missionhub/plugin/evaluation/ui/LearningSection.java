package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionhub.api.governance.DecisionFacts;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Lesson;
import org.missionhub.plugin.evaluation.service.LessonService;

/**
 * The learning log at the bottom of the Indicators tab: first "learning forward" (the lessons the next
 * portfolio review should hear), then each lesson with its evidence, what it implies and the decision it fed,
 * newest first, filtered by step of the theory of change if asked; Add and Edit where the role allows.
 */
final class LearningSection extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient MissionScope scope;
  private final transient LessonService lessons;
  private final transient List<Indicator> indicators;
  private final LocalDate today;
  private final transient Runnable changed;
  private final Div entries = new Div();

  LearningSection(MissionScope scope, LessonService lessons, List<Indicator> indicators, List<ChangeNode> steps, LocalDate today, Runnable changed) {
    this.scope = scope;
    this.lessons = lessons;
    this.indicators = indicators;
    this.today = today;
    this.changed = changed;
    setId("evaluation-learning");
    setPadding(false);
    add(new H3(getTranslation("evaluation.lesson.title")));
    if (lessons.access().learns()) {
      Button add = new Button(getTranslation("evaluation.lesson.add"), click -> new LessonDialog(scope, lessons, indicators, null, today, changed).open());
      add.setId("evaluation-add-lesson");
      add(add);
    }
    add(forward());
    if (!steps.isEmpty()) {
      Select<ChangeNode> step = new Select<>();
      step.setId("evaluation-lesson-step");
      step.setLabel(getTranslation("evaluation.lesson.step"));
      step.setItems(steps);
      step.setItemLabelGenerator(n -> n == null ? getTranslation("evaluation.lesson.everyStep") : n.title());
      step.setEmptySelectionAllowed(true);
      step.setEmptySelectionCaption(getTranslation("evaluation.lesson.everyStep"));
      step.addValueChangeListener(e -> show(lessons.list(null, e.getValue() == null ? null : e.getValue().id())));
      add(step);
    }
    entries.setId("evaluation-lessons");
    entries.setWidthFull();
    add(entries);
    show(lessons.list(null, null));
  }

  /** "Learning forward": what the next portfolio review should hear, from the roadmap's review calendar. */
  private Div forward() {
    LessonService.Forward forward = lessons.forward();
    Div box = new Div();
    box.setId("evaluation-learning-forward");
    box.getStyle().set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)");
    String when = forward.calendar().nextDue().map(d -> getTranslation("evaluation.forward.next", d)).orElse(getTranslation("evaluation.forward.noCadence"));
    String since = forward.lessons().isEmpty()
        ? getTranslation("evaluation.forward.none")
        : forward.calendar().lastHeld().map(d -> getTranslation("evaluation.forward.since", forward.lessons().size(), d)).orElse(getTranslation("evaluation.forward.all", forward.lessons().size()));
    Paragraph summary = new Paragraph(getTranslation("evaluation.forward.title") + " " + when + " " + since);
    summary.setId("evaluation-learning-forward-summary");
    summary.getStyle().set("margin", "0");
    box.add(summary);
    UnorderedList list = new UnorderedList();
    forward.lessons().stream().limit(5).forEach(l -> list.add(new ListItem(l.insight() + (l.implication() == null ? "" : " → " + l.implication()))));
    if (!forward.lessons().isEmpty()) {
      box.add(list);
    }
    return box;
  }

  private void show(List<Lesson> shown) {
    entries.removeAll();
    if (shown.isEmpty()) {
      entries.add(new Paragraph(getTranslation("evaluation.lesson.empty")));
      return;
    }
    Map<String, String> codes = indicators.stream().collect(Collectors.toMap(Indicator::id, Indicator::code));
    Map<String, String> decisions = scope.decisions().stream().collect(Collectors.toMap(DecisionFacts::id, DecisionFacts::title));
    for (Lesson lesson : shown) {
      entries.add(entry(lesson, codes, decisions));
    }
  }

  private Div entry(Lesson lesson, Map<String, String> codes, Map<String, String> decisions) {
    Div entry = new Div();
    entry.setId("evaluation-lesson-" + lesson.id());
    entry.addClassName("evaluation-lesson");
    entry.getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)").set("padding-left", "var(--lumo-space-s)").set("margin-bottom", "var(--lumo-space-s)");
    Paragraph insight = new Paragraph(lesson.recordedOn() + " · " + lesson.insight());
    insight.getStyle().set("font-weight", "600").set("margin", "0");
    entry.add(insight);
    if (lesson.evidence() != null || lesson.indicatorId() != null) {
      String evidence = (lesson.evidence() == null ? "" : lesson.evidence())
          + (lesson.indicatorId() == null ? "" : (lesson.evidence() == null ? "" : " · ") + codes.getOrDefault(lesson.indicatorId(), ""));
      entry.add(new Paragraph(getTranslation("evaluation.lesson.evidenceIs", evidence)));
    }
    if (lesson.evidenceUrl() != null) {
      Anchor link = new Anchor(lesson.evidenceUrl(), lesson.evidenceUrl());
      link.setTarget("_blank");
      link.getElement().setAttribute("rel", "noopener noreferrer");
      entry.add(link);
    }
    if (lesson.implication() != null) {
      entry.add(new Paragraph(getTranslation("evaluation.lesson.implicationIs", lesson.implication())));
    }
    if (lesson.decisionId() != null && decisions.containsKey(lesson.decisionId())) {
      entry.add(new Paragraph(getTranslation("evaluation.lesson.fed", decisions.get(lesson.decisionId()))));
    }
    Span by = new Span(getTranslation("evaluation.reportedByPerson", lesson.authorName() == null ? "" : lesson.authorName()));
    by.getStyle().set("color", "var(--lumo-secondary-text-color)");
    entry.add(by);
    if (lessons.access().mayChange(lesson)) {
      Button edit = new Button(getTranslation("evaluation.indicator.edit"), click -> new LessonDialog(scope, lessons, indicators, lesson, today, changed).open());
      edit.setId("evaluation-edit-lesson-" + lesson.id());
      edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      entry.add(edit);
    }
    return entry;
  }
}
