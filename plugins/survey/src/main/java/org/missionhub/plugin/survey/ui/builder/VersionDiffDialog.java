package org.missionhub.plugin.survey.ui.builder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.missionhub.plugin.survey.builder.FormDraft;
import org.missionhub.plugin.survey.builder.VersionDiff;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.version.InstrumentVersion;
import org.missionhub.plugin.survey.version.QuestionLineage;

/**
 * The draft as it is in the builder (saved or not) against an earlier version of its instrument: each question
 * added, removed or changed, and which parts changed. Renamed questions are followed through every version between.
 */
final class VersionDiffDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final transient List<InstrumentVersion> earlier;
  private final transient InstrumentVersion current;
  private final Grid<VersionDiff.Change> changes = new Grid<>();
  private final Paragraph summary = new Paragraph();

  VersionDiffDialog(List<InstrumentVersion> versions, FormDraft draft, int number) {
    InstrumentVersion saved = versions.stream().filter(v -> v.number() == number).findFirst().orElseThrow();
    this.current = new InstrumentVersion(saved.code(), number, InstrumentVersion.Status.DRAFT, draft.instrument(), draft.predecessors(), saved.createdAt(), saved.createdBy(),
        Optional.empty(), saved.revision());
    this.earlier = versions.stream().filter(v -> v.number() < number).toList();
    setId("builder-diff");
    setHeaderTitle(getTranslation("survey.builder.compareHeading", number));
    setWidth("min(95vw, 1000px)");
    Select<InstrumentVersion> against = new Select<>();
    against.setId("builder-diff-against");
    against.setLabel(getTranslation("survey.builder.compareWith"));
    against.setItems(earlier);
    against.setItemLabelGenerator(v -> getTranslation("survey.builder.versionLabel", v.number()));
    against.addValueChangeListener(change -> show(change.getValue()));
    summary.setId("builder-diff-summary");
    changes.setId("builder-diff-changes");
    changes.addColumn(c -> getTranslation("survey.builder.diff." + c.kind().name())).setHeader(getTranslation("survey.builder.diffWhat")).setAutoWidth(true).setFlexGrow(0);
    changes.addColumn(c -> c.before() != null && !c.before().equals(c.code()) && c.kind() == VersionDiff.Kind.CHANGED ? c.before() + " → " + c.code() : c.code())
        .setHeader(getTranslation("survey.code")).setAutoWidth(true).setFlexGrow(0);
    changes.addColumn(this::parts).setHeader(getTranslation("survey.builder.diffParts")).setFlexGrow(1);
    changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    changes.setAllRowsVisible(true);
    add(against, summary, changes);
    Button done = new Button(getTranslation("survey.builder.close"), click -> close());
    done.setId("builder-diff-close");
    getFooter().add(done);
    against.setValue(earlier.get(earlier.size() - 1));
  }

  private void show(InstrumentVersion before) {
    List<InstrumentVersion> lineageVersions = new ArrayList<>(earlier);
    lineageVersions.add(current);
    QuestionLineage lineage = new QuestionLineage(lineageVersions);
    Map<String, String> predecessors = new HashMap<>();
    Instrument after = current.definition();
    for (Question question : after.questions()) {
      lineage.codeIn(current.number(), question.code(), before.number()).filter(old -> !old.equals(question.code())).ifPresent(old -> predecessors.put(question.code(), old));
    }
    List<VersionDiff.Change> found = VersionDiff.between(before.definition(), after, predecessors);
    changes.setItems(found);
    summary.setText(found.isEmpty() ? getTranslation("survey.builder.noChanges", before.number())
        : getTranslation("survey.builder.changes", found.size(), before.number(), countOf(found, VersionDiff.Kind.ADDED), countOf(found, VersionDiff.Kind.REMOVED),
            countOf(found, VersionDiff.Kind.CHANGED)));
  }

  private static long countOf(List<VersionDiff.Change> found, VersionDiff.Kind kind) {
    return found.stream().filter(c -> c.kind() == kind).count();
  }

  private String parts(VersionDiff.Change change) {
    String parts = change.parts().stream().sorted().map(p -> getTranslation("survey.builder.part." + p.name())).collect(Collectors.joining(", "));
    return change.options().isEmpty() ? parts : parts + " (" + String.join(" ", change.options()) + ")";
  }
}
