/**
 * What happens when the application starts: database migrations (Flyway, before anything touches the
 * database), optional demo data, and the readiness and liveness checks that report on both.
 */
package org.missionhub.core.startup;
