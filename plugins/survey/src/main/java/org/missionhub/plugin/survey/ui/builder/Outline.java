package org.missionhub.plugin.survey.ui.builder;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.missionhub.plugin.survey.builder.FormDraft;
import org.missionhub.plugin.survey.builder.QuestionDraft;
import org.missionhub.plugin.survey.builder.SectionDraft;

/**
 * The form's outline: sections and their questions in order, one row each. Rows are dragged to reorder (a question
 * into another section too); the builder's buttons do the same from the keyboard.
 */
final class Outline extends Grid<Object> {

  private static final long serialVersionUID = 1L;

  private final transient FormDraft draft;
  private final transient Runnable moved;
  private transient Object dragged;
  private transient Object problem;

  Outline(FormDraft draft, Runnable moved) {
    this.draft = draft;
    this.moved = moved;
    setId("builder-outline");
    addComponentColumn(this::row).setHeader(getTranslation("survey.builder.outline"));
    addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    setRowsDraggable(true);
    setDropMode(GridDropMode.BETWEEN);
    addDragStartListener(start -> dragged = start.getDraggedItems().isEmpty() ? null : start.getDraggedItems().get(0));
    addDragEndListener(end -> dragged = null);
    addDropListener(drop -> drop.getDropTargetItem().ifPresent(target -> dropped(target, drop.getDropLocation())));
    refresh();
  }

  /** Redraws the rows (after a move, an added or removed row, or a changed text). */
  void refresh() {
    List<Object> rows = new ArrayList<>();
    for (SectionDraft section : draft.sections()) {
      rows.add(section);
      rows.addAll(section.questions());
    }
    Object selected = getSelectedItems().stream().findFirst().orElse(null);
    setItems(rows);
    if (selected != null && rows.contains(selected)) {
      select(selected);
    }
  }

  /** Marks the row where the draft goes wrong (null: nowhere). */
  void problemAt(Object row) {
    if (row != problem) {
      problem = row;
      getDataProvider().refreshAll();
    }
  }

  private Span row(Object row) {
    Span text = new Span();
    if (row instanceof SectionDraft section) {
      text.setText((draft.sections().indexOf(section) + 1) + ". " + title(section.title()) + " (" + section.getCode() + ")");
      text.getStyle().set("font-weight", "600");
    } else {
      QuestionDraft question = (QuestionDraft) row;
      SectionDraft section = draft.sectionOf(question);
      text.setText((draft.sections().indexOf(section) + 1) + "." + (section.questions().indexOf(question) + 1) + " " + title(question.label())
          + " · " + getTranslation("survey.builder.type." + question.getType().name()) + " · " + question.getCode());
      text.getStyle().set("padding-inline-start", "1.25em");
    }
    if (row == problem) {
      text.getElement().setAttribute("title", getTranslation("survey.builder.problemHere"));
      text.getStyle().set("color", "var(--lumo-error-text-color)");
      text.setText("⚠ " + text.getText());
    }
    return text;
  }

  private static String title(Map<String, String> texts) {
    return texts.getOrDefault("en", texts.values().stream().findFirst().orElse("—"));
  }

  private void dropped(Object target, GridDropLocation location) {
    if (dragged == null || dragged == target) {
      return;
    }
    boolean below = location == GridDropLocation.BELOW;
    boolean changed;
    if (dragged instanceof QuestionDraft question) {
      changed = target instanceof SectionDraft section ? dropOnSection(question, section, below) : dropOnQuestion(question, (QuestionDraft) target, below);
    } else {
      SectionDraft section = (SectionDraft) dragged;
      SectionDraft onto = target instanceof SectionDraft s ? s : draft.sectionOf((QuestionDraft) target);
      changed = onto != section;
      if (changed) {
        List<SectionDraft> sections = draft.sections();
        sections.remove(section);
        sections.add(sections.indexOf(onto) + (below || target instanceof QuestionDraft ? 1 : 0), section);
      }
    }
    if (changed) {
      refresh();
      moved.run();
    }
  }

  /** Below a section's row: its first question; above it: the last of the section before. */
  private boolean dropOnSection(QuestionDraft question, SectionDraft section, boolean below) {
    if (below) {
      return draft.move(question, section, 0);
    }
    int index = draft.sections().indexOf(section);
    if (index == 0) {
      return draft.move(question, section, 0);
    }
    SectionDraft before = draft.sections().get(index - 1);
    return draft.move(question, before, before.questions().size());
  }

  private boolean dropOnQuestion(QuestionDraft question, QuestionDraft target, boolean below) {
    SectionDraft section = draft.sectionOf(target);
    List<QuestionDraft> without = new ArrayList<>(section.questions());
    without.remove(question);
    int index = without.indexOf(target) + (below ? 1 : 0);
    return draft.move(question, section, index);
  }
}
