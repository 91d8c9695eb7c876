/**
 * Domain events the platform publishes after a change has been committed. Plugins receive them through
 * {@code MissionHubPlugin.onEvent}, only for organisations that enabled them; an event is delivered only
 * after its transaction committed, so a listener never sees a change that was rolled back.
 */
package org.missionhub.api.event;
