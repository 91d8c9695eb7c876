package org.missionhub.core.plugin.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceScannerTest {

  /** The mount's own @Path is ignored, as the platform's mount ignores it. */
  @Path("ignored")
  public static class Root {
    @GET
    public List<String> list() {
      return List.of();
    }

    @POST
    @Path("/items/")
    @Consumes("text/csv")
    public void upload(String csv) {}

    @Path("items/{id: [0-9]+}")
    public Item item(@PathParam("id") String id) {
      return new Item();
    }

    /** A locator returning Object cannot be followed. */
    @Path("anything")
    public Object anything() {
      return new Object();
    }

    /** Not a resource method. */
    public String helper() {
      return "";
    }
  }

  @Produces("text/plain")
  public static class Item {
    @GET
    public String get() {
      return "";
    }

    @DELETE
    @Path("links/{link}")
    public void unlink(@PathParam("link") String link) {}

    /** Recursion into itself stops. */
    @Path("self")
    public Item self() {
      return this;
    }
  }

  @Test
  void findsTheResourceMethodsAndFollowsTheLocatorsWithTheirPathsAndMediaTypes() {
    List<ResourceScanner.Endpoint> endpoints = ResourceScanner.scan("/api/v1/orgs/{slug}/notes", Root.class);

    assertThat(endpoints)
        .extracting(e -> e.httpMethod() + " " + e.path())
        .containsExactly(
            "GET /api/v1/orgs/{slug}/notes",
            "POST /api/v1/orgs/{slug}/notes/items",
            "GET /api/v1/orgs/{slug}/notes/items/{id}",
            "DELETE /api/v1/orgs/{slug}/notes/items/{id}/links/{link}");
    assertThat(endpoints.get(0).produces()).containsExactly("application/json");
    assertThat(endpoints.get(1).consumes()).containsExactly("text/csv");
    assertThat(endpoints.get(2).produces()).containsExactly("text/plain");
  }

  @Test
  void joinsPathsWithOneSlashAndWithoutTemplateExpressions() {
    assertThat(ResourceScanner.join("/a/b", "{id : [a-z-]+}/c/")).isEqualTo("/a/b/{id}/c");
    assertThat(ResourceScanner.join("/a/b/", "/")).isEqualTo("/a/b/");
    assertThat(ResourceScanner.join("/a", "")).isEqualTo("/a");
  }
}
