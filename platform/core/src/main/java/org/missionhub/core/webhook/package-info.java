/**
 * Outbound webhooks: an organisation's endpoints, one signed delivery per event per endpoint written with the
 * change (Standard Webhooks: id, timestamp, HMAC-SHA256), retried with growing waits, endpoints disabled after
 * repeated failures, the delivery log with response codes, redelivery, and a guard against requests to private
 * addresses.
 */
package org.missionhub.core.webhook;
