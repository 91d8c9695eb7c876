package org.missionhub.core.mail.application;

/** An e-mail was written to the outbox; once its transaction commits, delivery need not wait for its next round. */
public record MailQueued(String mailId) {}
