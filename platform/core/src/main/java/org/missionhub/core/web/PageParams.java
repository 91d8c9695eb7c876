package org.missionhub.core.web;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.shared.PageRequest.SortOrder;

/**
 * The {@code page}, {@code size} and {@code sort} query parameters of every list endpoint. Read as text so
 * that a malformed value answers 400 naming the parameter (JAX-RS would answer 404 for an unconvertible
 * query parameter). {@code sort} is a comma separated list of properties, each optionally prefixed with
 * {@code -} for descending order.
 */
public class PageParams {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  @QueryParam("page")
  String page;

  @QueryParam("size")
  String size;

  @QueryParam("sort")
  String sort;

  public PageParams() {}

  public PageParams(String page, String size, String sort) {
    this.page = page;
    this.size = size;
    this.sort = sort;
  }

  /** Validates the parameters against the properties the endpoint can sort by. */
  public PageRequest toRequest(Set<String> sortable, String defaultSort) {
    int pageSize = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    // the offset (page x size) must stay a valid int
    int pageNumber = parse("page", page, 0, 0, Integer.MAX_VALUE / pageSize - 1);
    List<SortOrder> orders = new ArrayList<>();
    String spec = sort == null || sort.isBlank() ? defaultSort : sort;
    for (String part : spec.split(",")) {
      String p = part.trim();
      boolean descending = p.startsWith("-");
      String property = descending ? p.substring(1) : p;
      if (!sortable.contains(property)) {
        throw ApplicationException.invalid(
            "sort", "cannot sort by '" + property + "'; use one of " + String.join(", ", sortable.stream().sorted().toList()));
      }
      orders.add(new SortOrder(property, descending));
    }
    return new PageRequest(pageNumber, pageSize, orders);
  }

  private static int parse(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n < min || n > max) {
        throw ApplicationException.invalid(name, "must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApplicationException.invalid(name, "must be a whole number");
    }
  }
}
