package org.missionhub.core.shared;

import java.util.List;
import java.util.Objects;

/** A validated request for one page of a list, with its sort order (property names as the API knows them). */
public record PageRequest(int page, int size, List<SortOrder> sort) {

  public PageRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page must not be negative");
    }
    if (size < 1) {
      throw new IllegalArgumentException("size must be positive");
    }
    sort = List.copyOf(sort);
  }

  public static PageRequest first(int size, SortOrder... sort) {
    return new PageRequest(0, size, List.of(sort));
  }

  public int offset() {
    return Math.multiplyExact(page, size);
  }

  /** One sort key. */
  public record SortOrder(String property, boolean descending) {
    public SortOrder {
      Objects.requireNonNull(property, "property");
    }
  }
}
