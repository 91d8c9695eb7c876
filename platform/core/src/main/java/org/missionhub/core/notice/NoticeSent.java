package org.missionhub.core.notice;

/** Fired when a notice is created; e-mailed after the transaction commits. */
public record NoticeSent(String recipientEmail, String subject, String message) {}
