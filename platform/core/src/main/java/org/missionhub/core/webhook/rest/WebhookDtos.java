package org.missionhub.core.webhook.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.missionhub.core.webhook.application.WebhookService;
import org.missionhub.core.webhook.domain.WebhookAttempt;
import org.missionhub.core.webhook.domain.WebhookDelivery;
import org.missionhub.core.webhook.domain.WebhookEndpoint;

/** JSON shapes of the webhook API. */
final class WebhookDtos {

  private WebhookDtos() {}

  /** An endpoint, with the secret its deliveries are signed with (administrators only read it). */
  public record EndpointDto(String id, String url, String description, List<String> eventTypes, boolean enabled, String disabledReason,
      int consecutiveFailures, String secret, OffsetDateTime createdAt) {
    static EndpointDto from(WebhookEndpoint e) {
      return new EndpointDto(e.id(), e.url(), e.description().orElse(null), List.copyOf(e.eventTypes()), e.isEnabled(), e.disabledReason().orElse(null),
          e.consecutiveFailures(), e.secret().value(), e.createdAt());
    }
  }

  /** What a client sends to register or change an endpoint. */
  public record EndpointRequest(String url, String description, List<String> eventTypes, Boolean enabled) {
    WebhookService.EndpointRecord toRecord() {
      return new WebhookService.EndpointRecord(url, description, eventTypes, enabled);
    }
  }

  /** A delivery in the log: its message id, event type, status, attempts and the last answer. */
  public record DeliveryDto(String id, String eventType, String status, int attempts, Integer lastStatusCode, String lastError,
      OffsetDateTime createdAt, OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt) {
    static DeliveryDto from(WebhookDelivery d) {
      return new DeliveryDto(d.id(), d.eventType(), d.status().name(), d.attempts(), d.lastStatusCode().orElse(null), d.lastError().orElse(null),
          d.createdAt(), d.nextAttemptAt().orElse(null), d.deliveredAt().orElse(null));
    }
  }

  /** One attempt: when, the status code (or the error), how long. */
  public record AttemptDto(OffsetDateTime attemptedAt, Integer statusCode, String error, long durationMillis) {
    static AttemptDto from(WebhookAttempt a) {
      return new AttemptDto(a.attemptedAt(), a.statusCode().orElse(null), a.error().orElse(null), a.durationMillis());
    }
  }

  /** A delivery with its payload and every attempt. */
  public record DeliveryLogDto(DeliveryDto delivery, String payload, List<AttemptDto> attempts) {
    static DeliveryLogDto from(WebhookService.DeliveryLog log) {
      return new DeliveryLogDto(DeliveryDto.from(log.delivery()), log.delivery().payload(), log.attempts().stream().map(AttemptDto::from).toList());
    }
  }
}
