/**
 * Domain events, published after a change has been committed. Plugins receive them through
 * {@code MissionHubPlugin.onEvent}, only for organisations that enabled them; an event is delivered only
 * after its transaction committed, so a listener never sees a change that was rolled back. The platform's
 * own events are the types of this package; plugins add theirs (contract 1.3.0).
 */
package org.missionhub.api.event;
