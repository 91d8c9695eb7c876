package org.missionhub.ui.components;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.function.Function;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;

/**
 * Feeds a grid page by page from an application service (which sorts and pages in the database): a short
 * list shows whole, a long one scrolls and loads as it goes. Sortable columns name the service's sort
 * properties ({@code Column#setSortProperty}).
 */
public final class PagedGrid {

  public static final int PAGE = 25;

  private PagedGrid() {}

  public static <T> void bind(Grid<T> grid, Function<PageRequest, Page<T>> fetch, PageRequest.SortOrder defaultSort) {
    grid.setPageSize(PAGE);
    // titles and names are the point of these lists: wrap them rather than cut them off
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItems(
        query -> fetch.apply(request(query, defaultSort)).items().stream(),
        query -> (int) fetch.apply(PageRequest.first(1, defaultSort)).totalItems());
    fitTo(grid, fetch.apply(PageRequest.first(1, defaultSort)).totalItems());
  }

  /** All rows visible while they fit one page; a fixed, scrolling height beyond. */
  public static void fitTo(Grid<?> grid, long total) {
    grid.setAllRowsVisible(total <= PAGE);
    grid.setHeight(total <= PAGE ? null : "40rem");
  }

  public static PageRequest request(Query<?, ?> query, PageRequest.SortOrder defaultSort) {
    List<PageRequest.SortOrder> sort =
        query.getSortOrders().stream()
            .map(o -> new PageRequest.SortOrder(o.getSorted(), o.getDirection() == SortDirection.DESCENDING))
            .toList();
    return new PageRequest(query.getPage(), query.getPageSize(), sort.isEmpty() ? List.of(defaultSort) : sort);
  }
}
