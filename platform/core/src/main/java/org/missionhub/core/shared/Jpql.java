package org.missionhub.core.shared;

import jakarta.persistence.TypedQuery;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Helpers for the repositories' dynamic JPQL: an ORDER BY built only from whitelisted property paths, and
 * page limits.
 */
public final class Jpql {

  private Jpql() {}

  /**
   * {@code ORDER BY} for the request's sort order. {@code paths} maps API property names to JPQL paths;
   * {@code tieBreaker} (a unique path) makes the order total so pages never overlap.
   */
  public static String orderBy(PageRequest request, Map<String, String> paths, String tieBreaker) {
    StringJoiner order = new StringJoiner(", ", " ORDER BY ", "");
    for (PageRequest.SortOrder sort : request.sort()) {
      String path = paths.get(sort.property());
      if (path == null) {
        throw new IllegalArgumentException("not sortable: " + sort.property());
      }
      order.add(path + (sort.descending() ? " DESC" : " ASC"));
    }
    order.add(tieBreaker + " ASC");
    return order.toString();
  }

  public static <T> TypedQuery<T> page(TypedQuery<T> query, PageRequest request) {
    return query.setFirstResult(request.offset()).setMaxResults(request.size());
  }

  /** Escapes {@code %}, {@code _} and the escape character for a LIKE pattern using {@code ESCAPE '\'}. */
  public static String containsPattern(String text) {
    String escaped = text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
