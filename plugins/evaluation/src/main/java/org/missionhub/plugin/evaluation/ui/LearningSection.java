package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionhub.api.governance.DecisionFacts;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Lesson;
import org.missionhub.plugin.evaluation.service.LessonService;

/**
 * The learning log at the bottom of the Indicators tab ("learning forward"): each lesson with its evidence,
 * what it implies and the decision it fed, newest first; Add and Edit where the role allows.
 */
final class LearningSection extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  LearningSection(MissionScope scope, LessonService lessons, List<Indicator> indicators, LocalDate today, Runnable changed) {
    setId("evaluation-learning");
    setPadding(false);
    add(new H3(getTranslation("evaluation.lesson.title")));
    if (lessons.access().learns()) {
      Button add = new Button(getTranslation("evaluation.lesson.add"), click -> new LessonDialog(scope, lessons, indicators, null, today, changed).open());
      add.setId("evaluation-add-lesson");
      add(add);
    }
    List<Lesson> all = lessons.list(null);
    if (all.isEmpty()) {
      add(new Paragraph(getTranslation("evaluation.lesson.empty")));
      return;
    }
    Map<String, String> codes = indicators.stream().collect(Collectors.toMap(Indicator::id, Indicator::code));
    Map<String, String> decisions = scope.decisions().stream().collect(Collectors.toMap(DecisionFacts::id, DecisionFacts::title));
    for (Lesson lesson : all) {
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
      add(entry);
    }
  }
}
