package org.missionhub.plugin.survey.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.plugin.survey.publication.Licence;
import org.missionhub.plugin.survey.publication.Publication;

/** Campaigns' public results in {@code survey_publication}: a row while public. */
public final class PublicationStore {

  private static final String COLUMNS = "campaign_id, publisher, licence, published_at, published_by";

  private final PluginDatabase database;

  public PublicationStore(PluginDatabase database) {
    this.database = database;
  }

  public Optional<Publication> find(String campaignId) {
    return query("select " + COLUMNS + " from survey_publication where campaign_id = ?", campaignId).stream().findFirst();
  }

  /** Every publication, the latest first. */
  public List<Publication> all() {
    return query("select " + COLUMNS + " from survey_publication order by published_at desc, campaign_id");
  }

  /** Puts the publication in place of the campaign's current one, if any (a new publisher or licence). */
  public void put(Publication publication) {
    database.inTransaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("delete from survey_publication where campaign_id = ?");
          PreparedStatement insert =
              connection.prepareStatement("insert into survey_publication (" + COLUMNS + ") values (?, ?, ?, ?, ?)")) {
        delete.setString(1, publication.campaignId());
        delete.executeUpdate();
        insert.setString(1, publication.campaignId());
        insert.setString(2, publication.publisher());
        insert.setString(3, publication.licence().code());
        insert.setObject(4, publication.publishedAt());
        insert.setString(5, publication.publishedBy());
        return insert.executeUpdate();
      }
    });
  }

  /** Withdraws the campaign's publication: true if there was one. */
  public boolean remove(String campaignId) {
    return database.inTransaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("delete from survey_publication where campaign_id = ?")) {
        delete.setString(1, campaignId);
        return delete.executeUpdate() > 0;
      }
    });
  }

  private List<Publication> query(String sql, Object... parameters) {
    return database.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          select.setObject(i + 1, parameters[i]);
        }
        List<Publication> publications = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            publications.add(row(rows));
          }
        }
        return publications;
      }
    });
  }

  private static Publication row(ResultSet rows) throws SQLException {
    return new Publication(
        rows.getString("campaign_id"),
        rows.getString("publisher"),
        Licence.ofCode(rows.getString("licence")).orElseThrow(),
        rows.getObject("published_at", OffsetDateTime.class),
        rows.getString("published_by"));
  }
}
