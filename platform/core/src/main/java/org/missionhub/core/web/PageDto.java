package org.missionhub.core.web;

import java.util.List;
import java.util.function.Function;
import org.missionhub.core.shared.Page;

/** JSON shape of one page of a list. */
public record PageDto<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  public static <E, T> PageDto<T> of(Page<E> page, Function<? super E, ? extends T> mapper) {
    Page<T> mapped = page.map(mapper);
    return new PageDto<>(mapped.items(), mapped.page(), mapped.size(), mapped.totalItems(), mapped.totalPages());
  }
}
