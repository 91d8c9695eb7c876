package org.missionhub.core.export.application;

import org.missionhub.api.plugin.OrganisationExport;

/** The archive being written, as each plugin sees it: tables under its own folder. */
public interface OrganisationExportSink {

  OrganisationExport forPlugin(String pluginId);
}
