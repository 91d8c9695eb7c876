package org.missionhub.core.organisation.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tenant gate reads the slug as JAX-RS matches the path: matrix parameters and doubled slashes do not
 * hide it (the decoded segments, as {@code UriInfo.getPathSegments(true)} gives them).
 */
class OrganisationPathFilterTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "v1/orgs/ministry/missions, ministry",
    "v1/orgs/ministry, ministry",
    "v1/orgs;x=1/ministry/missions, ministry",
    "v1;x=1/orgs/ministry/missions, ministry",
    "v1/orgs/ministry;x=1/missions, ministry",
    "/v1//orgs//ministry/missions, ministry",
    "//v1/orgs/ministry/missions, ministry"
  })
  void theSlugIsFoundHoweverThePathIsSpelled(String path, String slug) {
    assertThat(OrganisationPathFilter.slug(segments(path))).contains(slug);
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1/me", "v1/orgs", "v1/orgs/", "v1/platform/organisations/ministry", "v2/orgs/ministry", "orgs/ministry"})
  void otherPathsHaveNoOrganisation(String path) {
    assertThat(OrganisationPathFilter.slug(segments(path))).isEmpty();
  }

  /** Segments as JAX-RS splits a path: at each slash, matrix parameters apart. */
  private static List<PathSegment> segments(String path) {
    return Arrays.stream(path.split("/", -1)).map(OrganisationPathFilterTest::segment).toList();
  }

  private static PathSegment segment(String text) {
    String[] parts = text.split(";", -1);
    MultivaluedMap<String, String> matrix = new MultivaluedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      String[] pair = parts[i].split("=", 2);
      matrix.add(pair[0], pair.length > 1 ? pair[1] : "");
    }
    return new PathSegment() {
      @Override
      public String getPath() {
        return parts[0];
      }

      @Override
      public MultivaluedMap<String, String> getMatrixParameters() {
        return matrix;
      }
    };
  }
}
