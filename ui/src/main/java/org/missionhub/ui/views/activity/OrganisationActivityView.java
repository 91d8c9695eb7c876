package org.missionhub.ui.views.activity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.missionhub.core.activity.application.ActivityCursor;
import org.missionhub.core.activity.application.OrganisationActivity;
import org.missionhub.ui.components.ActivityTexts;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.Formats;
import org.missionhub.ui.views.MainLayout;
import org.missionhub.ui.views.mission.MissionView;

/**
 * What changed in all the organisation's missions, by whom, across their organisations, newest first (issue 17):
 * the organisation's feed, for every member. A page at a time ("Show older"), filtered by the kind of change; each
 * line leads to its mission.
 */
@Route(value = OrganisationActivityView.ROUTE, layout = MainLayout.class)
public class OrganisationActivityView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  public static final String ROUTE = "activity";

  private static final int PAGE = 50;

  private final transient OrganisationActivity activity;
  private final List<OrganisationActivity.Entry> shown = new ArrayList<>();
  private final Grid<OrganisationActivity.Entry> grid = new Grid<>();
  private final Button older = new Button();
  private final TextField what = new TextField();
  private transient Optional<ActivityCursor> next = Optional.empty();

  @Inject
  public OrganisationActivityView(OrganisationActivity activity) {
    this.activity = activity;
    setMaxWidth("80rem");
    add(new H2(getTranslation("orgActivity.title")), new Paragraph(getTranslation("orgActivity.help")));
    what.setId("org-activity-what");
    what.setLabel(getTranslation("audit.what"));
    what.setHelperText(getTranslation("audit.whatHelp"));
    what.setClearButtonVisible(true);
    what.setValueChangeMode(ValueChangeMode.LAZY);
    what.addValueChangeListener(change -> load(true));
    grid.setId("org-activity");
    grid.addColumn(e -> Formats.dateTime(e.item().occurredAt(), getLocale())).setHeader(getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(e -> new RouterLink(e.missionTitle(), MissionView.class, new RouteParameters("missionId", e.missionId())))
        .setHeader(getTranslation("forYou.mission")).setFlexGrow(1);
    grid.addColumn(e -> e.item().actorName()).setHeader(getTranslation("audit.who")).setAutoWidth(true);
    grid.addColumn(e -> ActivityTexts.describe(e.item(), key -> getTranslation(key))).setHeader(getTranslation("audit.what")).setFlexGrow(1);
    grid.addColumn(e -> ActivityTexts.attributes(e.item())).setHeader(getTranslation("activity.attributes")).setFlexGrow(1);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true);
    older.setText(getTranslation("activity.older"));
    older.setId("org-activity-older");
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
    OrganisationActivity.Page[] page = new OrganisationActivity.Page[1];
    if (Feedback.attempt(() -> page[0] = activity.list(from, PAGE, action, Optional.empty()))) {
      shown.addAll(page[0].entries());
      next = page[0].next();
      grid.setItems(shown);
      older.setVisible(next.isPresent());
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("orgActivity.title") + " · " + getTranslation("app.name");
  }
}
