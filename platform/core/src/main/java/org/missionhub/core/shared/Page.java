package org.missionhub.core.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total number of items across all pages. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

  public Page {
    items = List.copyOf(items);
  }

  public int totalPages() {
    return (int) ((totalItems + size - 1) / size);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
  }
}
