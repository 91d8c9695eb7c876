package org.missionhub.core.webhook.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.missionhub.core.webhook.domain.WebhookSignature;

/**
 * POSTs a delivery as Standard Webhooks says: the JSON payload with {@code webhook-id} (the delivery's, the same
 * on every attempt), {@code webhook-timestamp} (seconds) and {@code webhook-signature}. Redirects are not
 * followed (they could lead to a refused address); the answer's body is not read beyond its status.
 */
@ApplicationScoped
public class WebhookSender {

  @Inject WebhookConfiguration config;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  public WebhookAttempts.Result send(WebhookAttempts.Outgoing outgoing) {
    if (outgoing.refused().isPresent()) {
      return new WebhookAttempts.Result(null, "refused: the URL " + outgoing.refused().get(), 0);
    }
    long timestamp = Instant.now().getEpochSecond();
    long start = System.nanoTime();
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(outgoing.url()))
          .timeout(config.timeout())
          .header("Content-Type", "application/json")
          .header("User-Agent", "MissionHub-Webhooks/1")
          .header("webhook-id", outgoing.deliveryId())
          .header("webhook-timestamp", Long.toString(timestamp))
          .header("webhook-signature", WebhookSignature.sign(outgoing.secret(), outgoing.deliveryId(), timestamp, outgoing.payload()))
          .POST(HttpRequest.BodyPublishers.ofString(outgoing.payload()))
          .build();
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      return new WebhookAttempts.Result(response.statusCode(), null, elapsed(start));
    } catch (IOException | IllegalArgumentException e) {
      return new WebhookAttempts.Result(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), elapsed(start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new WebhookAttempts.Result(null, "interrupted", elapsed(start));
    }
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
