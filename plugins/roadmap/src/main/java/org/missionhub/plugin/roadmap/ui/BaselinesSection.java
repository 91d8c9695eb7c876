package org.missionhub.plugin.roadmap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.roadmap.model.Baseline;
import org.missionhub.plugin.roadmap.model.BaselineChange;
import org.missionhub.plugin.roadmap.model.ItemRef;
import org.missionhub.plugin.roadmap.service.BaselineService;
import org.missionhub.plugin.support.ui.FieldProblems;

/**
 * The Roadmap tab's "Baselines": saving the portfolio as it is under a name (leaders and coordinators), and
 * comparing today with a baseline: what was added or removed, what moved and by how many days, which status
 * or RAG changed.
 */
final class BaselinesSection extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final BaselineService baselines;
  private final Grid<BaselineChange> changes = new Grid<>(BaselineChange.class, false);
  private final Paragraph verdict = new Paragraph();

  BaselinesSection(BaselineService baselines, boolean manages, Runnable changed) {
    this.baselines = baselines;
    setId("roadmap-baselines");
    setPadding(false);
    add(new H4(getTranslation("roadmap.baselines")));
    List<Baseline> all = baselines.list();
    if (manages) {
      TextField name = new TextField(getTranslation("roadmap.baseline.name"));
      name.setId("roadmap-baseline-name");
      Button save = new Button(getTranslation("roadmap.baseline.save"), click -> {
        try {
          baselines.take(name.getValue());
          changed.run();
        } catch (PluginProblem problem) {
          FieldProblems.show(problem, Map.of("name", name));
        }
      });
      save.setId("roadmap-baseline-save");
      HorizontalLayout form = new HorizontalLayout(name, save);
      form.setAlignItems(Alignment.BASELINE);
      add(form);
    }
    if (all.isEmpty()) {
      add(new Paragraph(getTranslation("roadmap.baseline.none")));
      return;
    }
    Select<Baseline> chosen = new Select<>();
    chosen.setId("roadmap-baseline-compare");
    chosen.setLabel(getTranslation("roadmap.baseline.compare"));
    chosen.setWidth("min(100%, 32em)");
    chosen.setItems(all);
    chosen.setItemLabelGenerator(b -> getTranslation("roadmap.baseline.label", b.name(), b.takenAt().toLocalDate(), b.takenByName()));
    chosen.addValueChangeListener(change -> compare(change.getValue()));
    HorizontalLayout row = new HorizontalLayout(chosen);
    if (manages) {
      Button delete = new Button(getTranslation("roadmap.baseline.delete"), click -> {
        Baseline b = chosen.getValue();
        try {
          baselines.delete(b.id(), b.revision());
          changed.run();
        } catch (PluginProblem problem) {
          FieldProblems.show(problem, Map.of());
        }
      });
      delete.setId("roadmap-baseline-delete");
      delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      row.add(delete);
    }
    row.setAlignItems(Alignment.BASELINE);
    verdict.setId("roadmap-baseline-verdict");
    changes.setId("roadmap-baseline-changes");
    changes.addColumn(BaselineChange::title).setHeader(getTranslation("roadmap.baseline.item")).setFlexGrow(2);
    changes.addColumn(c -> getTranslation("roadmap.baseline.aspect." + c.aspect().name().toLowerCase(Locale.ROOT))).setHeader(getTranslation("roadmap.baseline.what")).setAutoWidth(true);
    changes.addColumn(c -> value(c, c.before())).setHeader(getTranslation("roadmap.baseline.before"));
    changes.addColumn(c -> value(c, c.after())).setHeader(getTranslation("roadmap.baseline.after"));
    changes.addColumn(c -> c.days() == null ? "" : getTranslation("roadmap.baseline.days", (c.days() > 0 ? "+" : "") + c.days())).setHeader(getTranslation("roadmap.baseline.moved"));
    changes.setAllRowsVisible(true);
    add(row, verdict, changes);
    chosen.setValue(all.get(0));
  }

  private void compare(Baseline baseline) {
    if (baseline == null) {
      return;
    }
    List<BaselineChange> found = baselines.compare(baseline.id()).changes();
    verdict.setText(found.isEmpty() ? getTranslation("roadmap.baseline.unchanged") : getTranslation("roadmap.baseline.changed", found.size()));
    changes.setItems(found);
    changes.setVisible(!found.isEmpty());
  }

  /** A date as it is; a status or RAG in words; nothing for an item added or removed (its title says it). */
  private String value(BaselineChange change, String value) {
    if (value == null) {
      return "";
    }
    return switch (change.aspect()) {
      case ADDED, REMOVED -> "";
      case START, END -> value;
      case RAG -> getTranslation("roadmap.rag." + value);
      case STATUS -> getTranslation((change.ref().kind() == ItemRef.Kind.MILESTONE ? "roadmap.milestone." : "roadmap.lifecycle.") + value);
    };
  }
}
