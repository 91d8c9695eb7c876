/**
 * E-mail notifications: a person's mail settings (language, how often per topic), the outbox every e-mail is
 * written to in the transaction of the change it tells about, its delivery through SMTP by one server of the
 * cluster with retries, daily and weekly digests, and one-click unsubscribe (RFC 8058).
 */
package org.missionhub.core.mail;
