package org.missionhub.plugin.survey.rest;

import java.time.OffsetDateTime;
import org.missionhub.plugin.survey.publication.Publication;

/**
 * How a campaign's results are public.
 *
 * @param page the public page's path in the web application, relative to its root
 */
public record PublicationDto(String campaignId, String publisher, String licence, String licenceUrl, OffsetDateTime publishedAt, String page) {

  static PublicationDto from(Publication publication) {
    return new PublicationDto(
        publication.campaignId(), publication.publisher(), publication.licence().code(), publication.licence().address(), publication.publishedAt(),
        SurveyPublicResource.pagePath(publication.campaignId()));
  }
}
