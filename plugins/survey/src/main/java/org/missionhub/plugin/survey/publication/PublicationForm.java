package org.missionhub.plugin.survey.publication;

/**
 * What an analyst says when putting a campaign's results on the public page.
 *
 * @param publisher who publishes them, as readers will cite it (for example "OECD Observatory of Public
 *     Sector Innovation")
 * @param licence {@code CC-BY-4.0} (the default when absent) or {@code CC0-1.0}
 */
public record PublicationForm(String publisher, String licence) {}
