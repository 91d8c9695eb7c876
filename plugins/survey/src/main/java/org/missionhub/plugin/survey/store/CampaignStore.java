package org.missionhub.plugin.survey.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.plugin.survey.campaign.Audience;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignSettings;
import org.missionhub.plugin.survey.campaign.Unit;
import org.missionhub.plugin.survey.version.InstrumentOwner;

/** Campaigns in {@code survey_campaign}; a change is written only if the row is still at the expected revision. */
public final class CampaignStore {

  private static final String COLUMNS =
      "id, title, description, instrument_code, instrument_version, instrument_owner, audience_types, audience_countries, unit, anonymous,"
          + " editable_after_submit, min_cell_size, opens_at, closes_at, results_published_at, created_at, created_by, revision, mission_id, owner_organisation_id";

  private final PluginDatabase database;

  public CampaignStore(PluginDatabase database) {
    this.database = database;
  }

  /** The benchmark campaigns, newest first (mission surveys are not among them). */
  public List<Campaign> all() {
    return query("select " + COLUMNS + " from survey_campaign where mission_id is null order by opens_at desc, id");
  }

  /** Every campaign and mission survey still worth announcing: not published, or published within the last days. */
  public List<Campaign> announceable(java.time.OffsetDateTime since) {
    return query("select " + COLUMNS + " from survey_campaign where results_published_at is null or results_published_at > ? order by opens_at, id", since);
  }

  /** A mission's own surveys, newest first. */
  public List<Campaign> forMission(String missionId) {
    return query("select " + COLUMNS + " from survey_campaign where mission_id = ? order by opens_at desc, id", missionId);
  }

  public Optional<Campaign> find(String id) {
    return query("select " + COLUMNS + " from survey_campaign where id = ?", id).stream().findFirst();
  }

  public void add(Campaign campaign) {
    database.inTransaction(connection -> {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into survey_campaign (title, description, instrument_code, instrument_version, instrument_owner, audience_types, audience_countries, unit,"
                  + " anonymous, editable_after_submit, min_cell_size, opens_at, closes_at, results_published_at, id, created_at, created_by, revision,"
                  + " mission_id, owner_organisation_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        int i = bind(insert, campaign);
        insert.setString(++i, campaign.id());
        insert.setObject(++i, campaign.createdAt());
        insert.setString(++i, campaign.createdBy());
        insert.setLong(++i, campaign.revision());
        insert.setString(++i, campaign.host().map(Campaign.MissionHost::missionId).orElse(null));
        insert.setString(++i, campaign.host().map(Campaign.MissionHost::organisationId).orElse(null));
        return insert.executeUpdate();
      }
    });
  }

  /** Writes the changed campaign if the stored one is still at {@code expectedRevision}; false otherwise. */
  public boolean update(Campaign changed, long expectedRevision) {
    return database.inTransaction(connection -> {
      try (PreparedStatement update =
          connection.prepareStatement(
              "update survey_campaign set title = ?, description = ?, instrument_code = ?, instrument_version = ?, instrument_owner = ?, audience_types = ?,"
                  + " audience_countries = ?, unit = ?, anonymous = ?, editable_after_submit = ?, min_cell_size = ?, opens_at = ?, closes_at = ?,"
                  + " results_published_at = ?, revision = ? where id = ? and revision = ?")) {
        int i = bind(update, changed);
        update.setLong(++i, changed.revision());
        update.setString(++i, changed.id());
        update.setLong(++i, expectedRevision);
        return update.executeUpdate() == 1;
      }
    });
  }

  /** Binds the settings and publication, the first 14 parameters of both statements; returns the last index used. */
  private static int bind(PreparedStatement statement, Campaign campaign) throws SQLException {
    CampaignSettings s = campaign.settings();
    int i = 0;
    statement.setString(++i, s.title());
    statement.setString(++i, s.description().orElse(null));
    statement.setString(++i, s.instrumentCode());
    statement.setInt(++i, s.instrumentVersion());
    statement.setString(++i, s.instrumentOwner().key());
    statement.setString(++i, s.audience().types().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    statement.setString(++i, s.audience().countries().stream().sorted().collect(Collectors.joining(",")));
    statement.setString(++i, s.unit().name());
    statement.setBoolean(++i, s.anonymous());
    statement.setBoolean(++i, s.editableAfterSubmit());
    statement.setInt(++i, s.minimumCellSize());
    statement.setObject(++i, s.opensAt());
    statement.setObject(++i, s.closesAt());
    statement.setObject(++i, campaign.resultsPublishedAt().orElse(null));
    return i;
  }

  private List<Campaign> query(String sql, Object... parameters) {
    return database.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          select.setObject(i + 1, parameters[i]);
        }
        List<Campaign> campaigns = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            campaigns.add(row(rows));
          }
        }
        return campaigns;
      }
    });
  }

  private static Campaign row(ResultSet rows) throws SQLException {
    Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
    split(rows.getString("audience_types")).forEach(t -> types.add(OrganisationType.valueOf(t)));
    CampaignSettings settings =
        new CampaignSettings(
            rows.getString("title"),
            Optional.ofNullable(rows.getString("description")),
            rows.getString("instrument_code"),
            rows.getInt("instrument_version"),
            new InstrumentOwner(rows.getString("instrument_owner")),
            new Audience(types, Set.copyOf(split(rows.getString("audience_countries")))),
            Unit.valueOf(rows.getString("unit")),
            rows.getBoolean("anonymous"),
            rows.getBoolean("editable_after_submit"),
            rows.getInt("min_cell_size"),
            rows.getObject("opens_at", OffsetDateTime.class),
            rows.getObject("closes_at", OffsetDateTime.class));
    return new Campaign(
        rows.getString("id"),
        settings,
        Optional.ofNullable(rows.getObject("results_published_at", OffsetDateTime.class)),
        rows.getObject("created_at", OffsetDateTime.class),
        rows.getString("created_by"),
        rows.getLong("revision"),
        host(rows.getString("mission_id"), rows.getString("owner_organisation_id")));
  }

  private static Optional<Campaign.MissionHost> host(String missionId, String organisationId) {
    return missionId == null ? Optional.empty() : Optional.of(new Campaign.MissionHost(missionId, organisationId));
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
