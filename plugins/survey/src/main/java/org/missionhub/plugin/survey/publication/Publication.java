package org.missionhub.plugin.survey.publication;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A benchmark campaign's published results, put on the public page with their open data.
 *
 * @param publisher who publishes them, as readers cite it (DCAT's {@code dct:publisher})
 * @param publishedBy the analyst who put them there (subject)
 */
public record Publication(String campaignId, String publisher, Licence licence, OffsetDateTime publishedAt, String publishedBy) {

  public static final int LONGEST_PUBLISHER = 200;

  public Publication {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(licence, "licence");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(publishedBy, "publishedBy");
    if (publisher.isBlank() || publisher.length() > LONGEST_PUBLISHER) {
      throw new IllegalArgumentException("a publisher is named in 1 to " + LONGEST_PUBLISHER + " characters");
    }
  }
}
