package org.missionhub.plugin.survey.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.OrganisationExport;
import org.missionhub.api.plugin.PluginDatabase;

/**
 * An organisation's own survey data as it leaves in the organisation's export: its submitted responses and
 * the drafts it is writing, each with its complete answers (JSON, as the API shows them). Only its own rows:
 * the mission-shared tables also show partners' rows to it, which are theirs to export.
 */
public final class OrganisationResponses {

  private static final List<String> RESPONSE_COLUMNS =
      List.of("id", "campaign", "instrumentVersion", "mission", "respondent", "submittedOn", "updatedAt", "answers");
  private static final List<String> DRAFT_COLUMNS = List.of("campaign", "mission", "savedBy", "updatedAt", "answers");
  private static final List<String> INSTRUMENT_COLUMNS = List.of("code", "version", "status", "createdAt", "publishedAt", "definition", "predecessors");

  private final PluginDatabase database;

  public OrganisationResponses(PluginDatabase database) {
    this.database = database;
  }

  /** Its responses, drafts and own questionnaires, as tables of the organisation's export. */
  public void export(OrganisationId organisation, OrganisationExport export) {
    String tenant = organisation.toString();
    export.table("responses", RESPONSE_COLUMNS, rows(organisation,
        "select id, campaign_id, instrument_version, mission_id, respondent_name, submitted_on, updated_at, answers"
            + " from survey_response where tenant_id = ? order by submitted_on, id", tenant, RESPONSE_COLUMNS.size()));
    export.table("drafts", DRAFT_COLUMNS, rows(organisation,
        "select campaign_id, mission_id, saved_by_name, updated_at, answers from survey_draft where tenant_id = ? order by updated_at",
        tenant, DRAFT_COLUMNS.size()));
    // its own questionnaires (platform-level rows, keyed by the organisation as their owner)
    export.table("instruments", INSTRUMENT_COLUMNS, database.inTransaction(connection -> read(connection,
        "select instrument_code, version_number, status, created_at, published_at, definition, predecessors from survey_instrument"
            + " where owner_key = ? order by instrument_code, version_number", tenant, INSTRUMENT_COLUMNS.size())));
  }

  private List<List<Object>> rows(OrganisationId organisation, String sql, String tenant, int columns) {
    return database.forOrganisation(organisation).inTransaction(connection -> read(connection, sql, tenant, columns));
  }

  /** JDBC's own date and time types as java.time values, which the export writes in ISO form. */
  private static Object standard(Object value) {
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    return value;
  }

  private static List<List<Object>> read(Connection connection, String sql, String tenant, int columns) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, tenant);
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          List<Object> row = new ArrayList<>(columns);
          for (int c = 1; c <= columns; c++) {
            row.add(standard(result.getObject(c)));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }
}
