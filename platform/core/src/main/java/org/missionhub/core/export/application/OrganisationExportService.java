package org.missionhub.core.export.application;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.missionhub.api.plugin.DataHolding;
import org.missionhub.api.plugin.OrganisationExport;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.export.domain.ExportRecord;
import org.missionhub.core.export.persistence.ExportRecordRepository;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginRuntime;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.TimeSource;

/**
 * Taking everything of an organisation out of MissionHub (organisation administrators): the export is
 * recorded (and so audited) before anything is read; then core's part is read through the same services
 * as the API, and each plugin writes its own part through the contract ({@link OrganisationExport}).
 */
@ApplicationService
public class OrganisationExportService {

  private static final Logger LOG = Logger.getLogger(OrganisationExportService.class.getName());

  @Inject RequestContext request;
  @Inject ExportRecordRepository records;
  @Inject PluginRuntime plugins;
  @Inject TimeSource time;

  /** What a plugin contributed to an export: what it says it holds, and its failure if it failed. */
  public record PluginPart(String pluginId, List<DataHolding> holdings, String failure) {}

  /** Checks that the caller administers the organisation and records the export. */
  public ExportRecord begin() {
    OrganisationContext organisation = request.requireOrganisation();
    if (!organisation.isAdmin()) {
      throw ApplicationException.forbidden("Only an organisation administrator can export the organisation's data");
    }
    ExportRecord record = new ExportRecord(request.caller(), time.now());
    records.add(record);
    return record;
  }

  /**
   * Each active plugin writes what it holds for the organisation into {@code export}, one after another.
   * A plugin that fails is named in the result; the others go on.
   */
  public List<PluginPart> exportPlugins(OrganisationExportSink export) {
    OrganisationContext organisation = request.requireOrganisation();
    List<PluginPart> parts = new ArrayList<>();
    for (LoadedPlugin plugin : plugins.active()) {
      var contract = plugin.plugin().orElseThrow();
      try {
        List<DataHolding> holdings = List.copyOf(contract.organisationData(organisation.id()));
        contract.exportOrganisation(organisation.id(), export.forPlugin(plugin.id()));
        parts.add(new PluginPart(plugin.id(), holdings, null));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Plugin " + plugin.id() + " could not export the data of " + organisation.slug(), e);
        parts.add(new PluginPart(plugin.id(), List.of(), e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }
    return parts;
  }
}
