package org.missionhub.core.mail.rest;

import java.util.Map;

/**
 * A change of the caller's e-mail settings: the language ({@code en}, {@code fr}, {@code da}) if it changes,
 * and the frequencies that change, by topic ({@code IMMEDIATELY}, {@code DAILY}, {@code WEEKLY}, {@code NEVER}).
 */
public record MailSettingsChange(String language, Map<String, String> frequencies) {}
