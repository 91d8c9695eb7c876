/**
 * Building blocks every feature package uses: the application's error kinds, field errors and the clock.
 * Nothing here knows about HTTP or JPA.
 */
package org.missionhub.core.shared;
