package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.missionhub.core.activity.application.ActivityCursor;
import org.missionhub.core.activity.application.ActivityItem;
import org.missionhub.core.activity.application.MissionActivity;
import org.missionhub.ui.components.ActivityTexts;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.Formats;

/**
 * What changed in the mission, by whom, across its organisations, newest first (issue 17): the mission's people see
 * what the others did without asking. A page at a time ("Show older"); the attributes changed are named, never their
 * values.
 */
final class ActivityTab extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private static final int PAGE = 50;

  private final MissionContext context;
  private final transient MissionServices services;
  private final List<ActivityItem> shown = new ArrayList<>();
  private final Grid<ActivityItem> grid = new Grid<>();
  private final Button older = new Button();
  private final TextField what = new TextField();
  private transient Optional<ActivityCursor> next = Optional.empty();

  ActivityTab(MissionContext context, MissionServices services) {
    this.context = context;
    this.services = services;
    setPadding(false);
    add(new Paragraph(getTranslation("activity.help")));
    what.setId("activity-what");
    what.setLabel(getTranslation("audit.what"));
    what.setHelperText(getTranslation("audit.whatHelp"));
    what.setClearButtonVisible(true);
    what.setValueChangeMode(ValueChangeMode.LAZY);
    what.addValueChangeListener(change -> load(true));
    grid.setId("activity");
    grid.addColumn(i -> Formats.dateTime(i.occurredAt(), getLocale())).setHeader(getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(ActivityItem::actorName).setHeader(getTranslation("audit.who")).setAutoWidth(true);
    grid.addColumn(i -> ActivityTexts.describe(i, key -> getTranslation(key))).setHeader(getTranslation("audit.what")).setFlexGrow(1);
    // what a change touched; a creation or removal touches everything, which says nothing
    grid.addColumn(ActivityTexts::attributes).setHeader(getTranslation("activity.attributes")).setFlexGrow(1);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true);
    older.setText(getTranslation("activity.older"));
    older.setId("activity-older");
    older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    older.addClickListener(click -> load(false));
    add(what, grid, older);
    load(true);
  }

  /** The first page again (afresh), or the next older one. */
  private void load(boolean afresh) {
    if (afresh) {
      shown.clear();
      next = Optional.empty();
    }
    Optional<String> action = Optional.ofNullable(what.getValue()).map(String::strip).filter(a -> !a.isEmpty());
    Optional<ActivityCursor> from = next;
    MissionActivity.Page[] page = new MissionActivity.Page[1];
    if (Feedback.attempt(() -> page[0] = services.activity().list(context.missionId(), from, PAGE, action))) {
      shown.addAll(page[0].items());
      next = page[0].next();
      grid.setItems(shown);
      older.setVisible(next.isPresent());
    }
  }
}
