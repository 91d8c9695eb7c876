package org.missionhub.ui.components;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.missionhub.core.activity.application.ActivityCursor;
import org.missionhub.core.activity.application.ActivityItem;

/**
 * A feed of changes, newest first, a page at a time ("Show older"), filtered by the kind of change: who, what, and
 * which attributes (never their values). A mission's Activity tab and the organisation's Activity page show one each.
 *
 * @param <T> an entry: a change, possibly with where it happened
 */
public final class ActivityFeed<T> extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private static final int PAGE = 50;

  /** One page of entries and the cursor of the next, if any. */
  public record Page<T>(List<T> entries, Optional<ActivityCursor> next) {}

  /** Reads a page: older than the cursor (the first page without one), of a kind of change if one is given. */
  @FunctionalInterface
  public interface Source<T> {
    Page<T> page(Optional<ActivityCursor> before, int size, Optional<String> action);
  }

  private final transient Source<T> source;
  private final transient Function<T, ActivityItem> change;
  private final List<T> shown = new ArrayList<>();
  private final Grid<T> grid = new Grid<>();
  private final Button older = new Button();
  private final TextField what = new TextField();
  private transient Optional<ActivityCursor> next = Optional.empty();

  /**
   * @param id the grid's id; the filter is {@code <id>-what}, the button {@code <id>-older}
   * @param change the change an entry holds
   * @param where columns to show after the time (the mission, on the organisation's page)
   */
  public ActivityFeed(String id, Source<T> source, Function<T, ActivityItem> change, Consumer<Grid<T>> where) {
    this.source = source;
    this.change = change;
    setPadding(false);
    what.setId(id + "-what");
    what.setLabel(getTranslation("audit.what"));
    what.setHelperText(getTranslation("audit.whatHelp"));
    what.setClearButtonVisible(true);
    what.setValueChangeMode(ValueChangeMode.LAZY);
    what.addValueChangeListener(event -> load(true));
    grid.setId(id);
    grid.addColumn(e -> Formats.dateTime(change.apply(e).occurredAt(), getLocale())).setHeader(getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
    where.accept(grid);
    grid.addColumn(e -> change.apply(e).actorName()).setHeader(getTranslation("audit.who")).setAutoWidth(true);
    grid.addColumn(e -> ActivityTexts.describe(change.apply(e), key -> getTranslation(key))).setHeader(getTranslation("audit.what")).setFlexGrow(1);
    // what a change touched; a creation or removal touches everything, which says nothing
    grid.addColumn(e -> ActivityTexts.attributes(change.apply(e))).setHeader(getTranslation("activity.attributes")).setFlexGrow(1);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true);
    older.setText(getTranslation("activity.older"));
    older.setId(id + "-older");
    older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    older.addClickListener(click -> load(false));
    add(what, grid, older);
    load(true);
  }

  /**
   * Puts what happened since the feed was read at its top (the newest page again, its entries not shown yet),
   * keeping the older pages the person has opened: a live feed (issue 17).
   */
  public void showNew() {
    List<Page<T>> page = new ArrayList<>(1);
    if (!Feedback.attempt(() -> page.add(source.page(Optional.empty(), PAGE, action())))) {
      return;
    }
    java.util.Set<String> known = shown.stream().map(e -> change.apply(e).id()).collect(java.util.stream.Collectors.toSet());
    List<T> fresh = page.get(0).entries().stream().filter(e -> !known.contains(change.apply(e).id())).toList();
    if (!fresh.isEmpty()) {
      shown.addAll(0, fresh);
      grid.setItems(shown);
    }
  }

  private Optional<String> action() {
    return Optional.ofNullable(what.getValue()).map(String::strip).filter(a -> !a.isEmpty());
  }

  /** The first page again (afresh), or the next older one. */
  private void load(boolean afresh) {
    if (afresh) {
      shown.clear();
      next = Optional.empty();
    }
    Optional<String> action = action();
    Optional<ActivityCursor> from = next;
    List<Page<T>> page = new ArrayList<>(1);
    if (Feedback.attempt(() -> page.add(source.page(from, PAGE, action)))) {
      shown.addAll(page.get(0).entries());
      next = page.get(0).next();
      grid.setItems(shown);
      older.setVisible(next.isPresent());
    }
  }
}
