package org.missionhub.core.webhook.domain;

/** Where a delivery stands. */
public enum DeliveryStatus {
  /** Waiting for its (next) attempt. */
  PENDING,
  /** The endpoint answered 2xx. */
  SUCCEEDED,
  /** Given up after the last attempt, or its endpoint was disabled or removed; can be redelivered. */
  FAILED
}
