package org.missionhub.core.webhook.application;

/** Deliveries were queued; once their transaction commits the dispatcher need not wait for its next round. */
public record WebhookQueued(int count) {}
