/**
 * Notices: short messages to one person (your onboarding request was approved, ...), shown in the
 * application and e-mailed when an SMTP server is configured.
 */
package org.missionhub.core.notice;
