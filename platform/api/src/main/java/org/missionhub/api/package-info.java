/**
 * MissionHub's public contract: what other modules and plugins may compile against.
 *
 * <p>Only plain Java lives here: identifiers, value types shared across modules and domain events. The
 * platform's implementation ({@code platform/core}) is free to change; this package changes only in
 * backwards-compatible ways.
 */
package org.missionhub.api;
