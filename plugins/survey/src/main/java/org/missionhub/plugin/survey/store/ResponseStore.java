package org.missionhub.plugin.survey.store;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.plugin.survey.importing.ImportedResponses;
import org.missionhub.plugin.survey.answering.AnswerRows;
import org.missionhub.plugin.survey.answering.Draft;
import org.missionhub.plugin.survey.answering.ResponseFacts;
import org.missionhub.plugin.survey.answering.Submitted;
import org.missionhub.plugin.survey.answering.UnitKeys;

/**
 * Drafts, participation and submitted responses with their coded answer rows. Submitting writes the
 * participation, the response and its rows and removes the draft in one transaction: all or nothing.
 * Drafts and responses belong to the organisation that wrote them ({@code tenant_id}): work on them is bound
 * to it; counting them across organisations is a recorded read across organisations. Every write or removal
 * of answer rows changes their counts ({@link AnswerCounts}) in the same transaction.
 */
public final class ResponseStore {

  private static final Type ANSWERS = new LinkedHashMap<String, List<String>>() {}.getClass().getGenericSuperclass();
  private static final String RESPONSE_COLUMNS =
      "id, campaign_id, instrument_version, tenant_id, mission_id, respondent_subject, respondent_name, org_type, country, phase,"
          + " governance_mode, challenge_area, answers, submitted_on, updated_at, revision, sector";

  private final PluginDatabase database;
  private final AnswerCounts counts;
  private final Jsonb json = JsonbBuilder.create();

  public ResponseStore(PluginDatabase database) {
    this.database = database;
    this.counts = new AnswerCounts(database);
  }

  /**
   * The unit's draft as the organisation sees it: its own, or a partner's in the same mission (a mission
   * answers once, whichever of its organisations writes; the caller tells the two apart).
   */
  public Optional<Draft> draft(OrganisationId organisation, String campaignId, String unitKey) {
    return database.forOrganisation(organisation).inTransaction(connection -> {
      try (PreparedStatement select =
          connection.prepareStatement(
              "select tenant_id, mission_id, saved_by, saved_by_name, answers, updated_at, revision from survey_draft where campaign_id = ? and unit_key = ?")) {
        select.setString(1, campaignId);
        select.setString(2, unitKey);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            return Optional.empty();
          }
          return Optional.of(
              new Draft(campaignId, unitKey, row.getString(1), row.getString(2), row.getString(3), row.getString(4), answers(row.getString(5)),
                  row.getObject(6, OffsetDateTime.class), row.getLong(7)));
        }
      }
    });
  }

  /** Saves a draft: a new one ({@code expectedRevision} empty) or the next revision of the stored one; false if someone saved in between. */
  public boolean saveDraft(Draft draft, Optional<Long> expectedRevision) {
    return database.forOrganisation(OrganisationId.of(draft.organisationId())).inTransaction(connection -> {
      if (expectedRevision.isEmpty()) {
        if (exists(connection, "select 1 from survey_draft where campaign_id = ? and unit_key = ?", draft.campaignId(), draft.unitKey())) {
          return false;
        }
        try (PreparedStatement insert =
            connection.prepareStatement(
                "insert into survey_draft (campaign_id, unit_key, tenant_id, mission_id, saved_by, saved_by_name, answers, updated_at, revision)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          insert.setString(1, draft.campaignId());
          insert.setString(2, draft.unitKey());
          insert.setString(3, draft.organisationId());
          insert.setString(4, draft.missionId());
          insert.setString(5, draft.savedBy());
          insert.setString(6, draft.savedByName());
          insert.setString(7, json.toJson(draft.answers()));
          insert.setObject(8, draft.updatedAt());
          insert.setLong(9, draft.revision());
          return insert.executeUpdate() == 1;
        }
      }
      try (PreparedStatement update =
          connection.prepareStatement(
              "update survey_draft set mission_id = ?, saved_by = ?, saved_by_name = ?, answers = ?, updated_at = ?, revision = ?"
                  + " where campaign_id = ? and unit_key = ? and revision = ? and tenant_id = ?")) {
        update.setString(1, draft.missionId());
        update.setString(2, draft.savedBy());
        update.setString(3, draft.savedByName());
        update.setString(4, json.toJson(draft.answers()));
        update.setObject(5, draft.updatedAt());
        update.setLong(6, draft.revision());
        update.setString(7, draft.campaignId());
        update.setString(8, draft.unitKey());
        update.setLong(9, expectedRevision.get());
        update.setString(10, draft.organisationId());
        return update.executeUpdate() == 1;
      }
    });
  }

  public boolean hasSubmitted(String campaignId, String unitKey) {
    return database.inTransaction(connection -> exists(connection, "select 1 from survey_participation where campaign_id = ? and unit_hash = ?", campaignId, UnitKeys.hash(campaignId, unitKey)));
  }

  /** What became of a submission. */
  public enum Outcome {
    SUBMITTED,
    ALREADY_SUBMITTED,
    DRAFT_CHANGED
  }

  /**
   * Submits: records the participation, stores the response and its rows, and removes the draft, checking
   * first that no one has submitted and that the draft is still at the expected revision (else nothing is
   * written).
   */
  public Outcome submit(Submitted response, String unitKey, long draftRevision, List<AnswerRows.Row> rows) {
    return database.forOrganisation(OrganisationId.of(response.organisationId())).inTransaction(connection -> {
      String hash = UnitKeys.hash(response.campaignId(), unitKey);
      if (exists(connection, "select 1 from survey_participation where campaign_id = ? and unit_hash = ?", response.campaignId(), hash)) {
        return Outcome.ALREADY_SUBMITTED;
      }
      try (PreparedStatement delete = connection.prepareStatement("delete from survey_draft where campaign_id = ? and unit_key = ? and revision = ? and tenant_id = ?")) {
        delete.setString(1, response.campaignId());
        delete.setString(2, unitKey);
        delete.setLong(3, draftRevision);
        delete.setString(4, response.organisationId());
        if (delete.executeUpdate() != 1) {
          return Outcome.DRAFT_CHANGED;
        }
      }
      try (PreparedStatement insert = connection.prepareStatement("insert into survey_participation (campaign_id, unit_hash) values (?, ?)")) {
        insert.setString(1, response.campaignId());
        insert.setString(2, hash);
        insert.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement("insert into survey_response (" + RESPONSE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, response.id());
        insert.setString(2, response.campaignId());
        insert.setInt(3, response.instrumentVersion());
        insert.setString(4, response.organisationId());
        insert.setString(5, response.missionId().orElse(null));
        insert.setString(6, response.respondentSubject().orElse(null));
        insert.setString(7, response.respondentName().orElse(null));
        bindFacts(insert, 8, response.facts());
        insert.setString(13, json.toJson(response.answers()));
        insert.setObject(14, response.submittedOn());
        insert.setObject(15, response.updatedAt().orElse(null));
        insert.setLong(16, response.revision());
        bindSector(insert, response.facts());
        insert.executeUpdate();
      }
      insertRows(connection, response, rows);
      counts.apply(connection, new CountChanges().response(response.campaignId(), response.facts(), 1).answers(response.campaignId(), response.facts(), rows, 1));
      return Outcome.SUBMITTED;
    });
  }

  /**
   * Stores responses collected elsewhere (imported into a closed campaign), with their answer rows and kept
   * counts, in the caller's transaction: all of them or, if anything fails, none. Each belongs to the MissionHub
   * organisation that answered, when the file names it (its export and erasure then hold it), else to none
   * ({@link ImportedResponses#NO_ORGANISATION}); results and the analyst's export read them like the others.
   */
  public void importAll(List<Submitted> imported, java.util.function.Function<Submitted, List<AnswerRows.Row>> rowsOf) {
    // each organisation's responses under its own binding (row-level security checks each insert)
    Map<String, List<Submitted>> byOrganisation = new LinkedHashMap<>();
    imported.forEach(r -> byOrganisation.computeIfAbsent(r.organisationId(), k -> new ArrayList<>()).add(r));
    byOrganisation.forEach((organisation, responses) -> importFor(OrganisationId.of(organisation), responses, rowsOf));
  }

  private void importFor(OrganisationId organisation, List<Submitted> imported, java.util.function.Function<Submitted, List<AnswerRows.Row>> rowsOf) {
    database.forOrganisation(organisation).inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("insert into survey_response (" + RESPONSE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        CountChanges changes = new CountChanges();
        for (Submitted response : imported) {
          if (response.missionId().isPresent() || response.respondentSubject().isPresent()) {
            throw new IllegalArgumentException("an imported response names no mission and no person");
          }
          insert.setString(1, response.id());
          insert.setString(2, response.campaignId());
          insert.setInt(3, response.instrumentVersion());
          insert.setString(4, response.organisationId());
          insert.setString(5, null);
          insert.setString(6, null);
          insert.setString(7, null);
          bindFacts(insert, 8, response.facts());
          insert.setString(13, json.toJson(response.answers()));
          insert.setObject(14, response.submittedOn());
          insert.setObject(15, null);
          insert.setLong(16, response.revision());
          bindSector(insert, response.facts());
          insert.executeUpdate();
          List<AnswerRows.Row> rows = rowsOf.apply(response);
          insertRows(connection, response, rows);
          changes.response(response.campaignId(), response.facts(), 1).answers(response.campaignId(), response.facts(), rows, 1);
        }
        counts.apply(connection, changes);
      }
      return imported.size();
    });
  }

  /** The identified response of a mission or person as the organisation sees it (its own or a mission partner's). */
  public Optional<Submitted> submittedFor(OrganisationId organisation, String campaignId, Optional<String> missionId, Optional<String> subject) {
    String where = missionId.isPresent() ? "mission_id = ?" : "respondent_subject = ?";
    List<Submitted> found =
        responses(database.forOrganisation(organisation), "select " + RESPONSE_COLUMNS + " from survey_response where campaign_id = ? and " + where,
            campaignId, missionId.orElseGet(subject::orElseThrow));
    return found.stream().findFirst();
  }

  /** An organisation's responses to a campaign (identified campaigns only keep who answered). */
  public List<Submitted> ofOrganisation(OrganisationId organisation, String campaignId) {
    return responses(
        database.forOrganisation(organisation),
        "select " + RESPONSE_COLUMNS + " from survey_response where campaign_id = ? and tenant_id = ? order by submitted_on, id", campaignId, organisation.toString());
  }

  /** Replaces a submitted response's answers if it is still at the expected revision. */
  public boolean replace(Submitted changed, long expectedRevision, List<AnswerRows.Row> rows) {
    return database.forOrganisation(OrganisationId.of(changed.organisationId())).inTransaction(connection -> {
      try (PreparedStatement update =
          connection.prepareStatement(
              "update survey_response set answers = ?, updated_at = ?, respondent_subject = ?, respondent_name = ?, revision = ? where id = ? and revision = ? and tenant_id = ?")) {
        update.setString(1, json.toJson(changed.answers()));
        update.setObject(2, changed.updatedAt().orElse(null));
        update.setString(3, changed.respondentSubject().orElse(null));
        update.setString(4, changed.respondentName().orElse(null));
        update.setLong(5, changed.revision());
        update.setString(6, changed.id());
        update.setLong(7, expectedRevision);
        update.setString(8, changed.organisationId());
        if (update.executeUpdate() != 1) {
          return false;
        }
      }
      CountChanges changes = new CountChanges();
      try (PreparedStatement old = connection.prepareStatement(
          "select question, answer_value, ordinal, org_type, country, phase, governance_mode, challenge_area, sector from survey_answer where response_id = ?")) {
        old.setString(1, changed.id());
        try (ResultSet row = old.executeQuery()) {
          while (row.next()) {
            changes.add(changed.campaignId(), row.getString(1), row.getString(2), facts(row, 4), -1, row.getInt(3) == 0 ? -1 : 0);
          }
        }
      }
      try (PreparedStatement delete = connection.prepareStatement("delete from survey_answer where response_id = ?")) {
        delete.setString(1, changed.id());
        delete.executeUpdate();
      }
      insertRows(connection, changed, rows);
      counts.apply(connection, changes.answers(changed.campaignId(), changed.facts(), rows, 1));
      return true;
    });
  }

  /** How many responses are submitted and how many drafts are being written. */
  public record Progress(long submitted, long drafts, long organisations) {}

  /** Counted across the organisations that answer: a recorded read across organisations. */
  public Progress progress(String campaignId) {
    return database.acrossOrganisations("progress of survey campaign " + campaignId).inTransaction(connection -> new Progress(
        count(connection, "select count(*) from survey_response where campaign_id = ?", campaignId),
        count(connection, "select count(*) from survey_draft where campaign_id = ?", campaignId),
        count(connection, "select count(distinct tenant_id) from survey_response where campaign_id = ? and tenant_id <> ?", campaignId, ImportedResponses.NO_ORGANISATION)));
  }

  /** The organisations that submitted a response to the campaign, by id (the people a workshop on its results invites). */
  public java.util.Set<String> respondingOrganisations(String campaignId) {
    return database.acrossOrganisations("organisations answering survey campaign " + campaignId).inTransaction(connection -> {
      java.util.Set<String> organisations = new java.util.TreeSet<>();
      try (PreparedStatement select = connection.prepareStatement("select distinct tenant_id from survey_response where campaign_id = ? and tenant_id <> ?")) {
        select.setString(1, campaignId);
        select.setString(2, ImportedResponses.NO_ORGANISATION);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            organisations.add(rows.getString(1));
          }
        }
      }
      return organisations;
    });
  }

  /** Submitted responses by a breakdown column (for the analyst to watch responses come in). */
  public Map<String, Long> submittedBy(String campaignId, String column) {
    return database.acrossOrganisations("responses to survey campaign " + campaignId + " by " + column).inTransaction(connection -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      try (PreparedStatement select = connection.prepareStatement("select " + column + ", count(*) from survey_response where campaign_id = ? group by " + column + " order by " + column)) {
        select.setString(1, campaignId);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            counts.put(rows.getString(1), rows.getLong(2));
          }
        }
      }
      return counts;
    });
  }

  /** How many drafts and submitted responses the organisation holds. */
  public record Held(long drafts, long responses) {}

  public Held heldBy(OrganisationId organisation) {
    return database.forOrganisation(organisation).inTransaction(connection -> new Held(
        count(connection, "select count(*) from survey_draft where tenant_id = ?", organisation.toString()),
        count(connection, "select count(*) from survey_response where tenant_id = ?", organisation.toString())));
  }

  /**
   * Deletes the organisation's drafts and responses (their coded rows go with them). The one-way
   * participation hashes stay: they name no organisation, and they keep a unit from answering a campaign
   * twice.
   */
  public void deleteOrganisation(OrganisationId organisation) {
    database.forOrganisation(organisation).inTransaction(connection -> {
      try (PreparedStatement drafts = connection.prepareStatement("delete from survey_draft where tenant_id = ?");
          PreparedStatement responses = connection.prepareStatement("delete from survey_response where tenant_id = ?")) {
        drafts.setString(1, organisation.toString());
        responses.setString(1, organisation.toString());
        counts.apply(connection, removed(connection, "r.tenant_id = ?", organisation.toString()));
        return drafts.executeUpdate() + responses.executeUpdate();
      }
    });
  }

  /**
   * The organisation is erased: its drafts go, and its responses to campaigns not closed yet; its responses
   * to closed campaigns stay in their results (published aggregates do not change) but lose every link to
   * it: no mission, no respondent. They keep the facts the results are broken down by (type, country,
   * phase), which were counted under the minimum cell size like everyone's. Returns {drafts deleted,
   * responses deleted, responses anonymised}; running it again finds nothing more to do.
   */
  public int[] eraseOrganisation(OrganisationId organisation, OffsetDateTime now) {
    return database.forOrganisation(organisation).inTransaction(connection -> {
      String closed = "select c.id from survey_campaign c where c.closes_at <= ?";
      try (PreparedStatement drafts = connection.prepareStatement("delete from survey_draft where tenant_id = ?");
          PreparedStatement open = connection.prepareStatement("delete from survey_response where tenant_id = ? and campaign_id not in (" + closed + ")");
          PreparedStatement kept =
              connection.prepareStatement(
                  "update survey_response set mission_id = null, respondent_subject = null, respondent_name = null"
                      + " where tenant_id = ? and campaign_id in (" + closed + ")"
                      + " and (mission_id is not null or respondent_subject is not null or respondent_name is not null)")) {
        drafts.setString(1, organisation.toString());
        open.setString(1, organisation.toString());
        open.setObject(2, now);
        counts.apply(connection, removed(connection, "r.tenant_id = ? and r.campaign_id not in (" + closed + ")", organisation.toString(), now));
        kept.setString(1, organisation.toString());
        kept.setObject(2, now);
        return new int[] {drafts.executeUpdate(), open.executeUpdate(), kept.executeUpdate()};
      }
    });
  }

  /** The count changes of removing the responses {@code where} selects (their answers with them), read before they go. */
  private static CountChanges removed(Connection connection, String where, Object... parameters) throws SQLException {
    CountChanges changes = new CountChanges();
    String facts = "r.org_type, r.country, r.phase, r.governance_mode, r.challenge_area, r.sector";
    try (PreparedStatement answers = connection.prepareStatement(
            "select r.campaign_id, a.question, a.answer_value, " + facts + ", count(*), sum(case when a.ordinal = 0 then 1 else 0 end)"
                + " from survey_answer a join survey_response r on r.id = a.response_id where " + where
                + " group by r.campaign_id, a.question, a.answer_value, " + facts);
        PreparedStatement responses = connection.prepareStatement(
            "select r.campaign_id, r.campaign_id, '', " + facts + ", count(*), count(*) from survey_response r where " + where + " group by r.campaign_id, " + facts)) {
      collect(answers, parameters, changes, false);
      collect(responses, parameters, changes, true);
    }
    return changes;
  }

  private static void collect(PreparedStatement select, Object[] parameters, CountChanges changes, boolean responses) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      select.setObject(i + 1, parameters[i]);
    }
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        String question = responses ? CountChanges.RESPONSES : row.getString(2);
        changes.add(row.getString(1), question, row.getString(3), facts(row, 4), -row.getLong(10), -row.getLong(11));
      }
    }
  }

  private static ResponseFacts facts(ResultSet row, int first) throws SQLException {
    return new ResponseFacts(row.getString(first), row.getString(first + 1), row.getString(first + 2), row.getString(first + 3), row.getString(first + 4), row.getString(first + 5));
  }

  private void insertRows(Connection connection, Submitted response, List<AnswerRows.Row> rows) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into survey_answer (response_id, campaign_id, question, answer_value, answer_number, ordinal, org_type, country, phase, governance_mode, challenge_area, sector)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (AnswerRows.Row row : rows) {
        insert.setString(1, response.id());
        insert.setString(2, response.campaignId());
        insert.setString(3, row.question());
        insert.setString(4, row.value());
        if (row.number() == null) {
          insert.setNull(5, Types.DOUBLE);
        } else {
          insert.setDouble(5, row.number());
        }
        insert.setInt(6, row.ordinal());
        bindFacts(insert, 7, response.facts());
        insert.setString(12, response.facts().sector());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void bindFacts(PreparedStatement statement, int first, ResponseFacts facts) throws SQLException {
    statement.setString(first, facts.organisationType());
    statement.setString(first + 1, facts.country());
    statement.setString(first + 2, facts.phase());
    statement.setString(first + 3, facts.governanceMode());
    statement.setString(first + 4, facts.challengeArea());
  }

  /** The sector goes last in {@code survey_response}'s column list (it came later), after the revision. */
  private static void bindSector(PreparedStatement statement, ResponseFacts facts) throws SQLException {
    statement.setString(17, facts.sector());
  }

  private List<Submitted> responses(PluginDatabase bound, String sql, Object... parameters) {
    return bound.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          select.setObject(i + 1, parameters[i]);
        }
        List<Submitted> found = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            found.add(new Submitted(
                row.getString("id"), row.getString("campaign_id"), row.getInt("instrument_version"), row.getString("tenant_id"),
                Optional.ofNullable(row.getString("mission_id")), Optional.ofNullable(row.getString("respondent_subject")),
                Optional.ofNullable(row.getString("respondent_name")),
                new ResponseFacts(row.getString("org_type"), row.getString("country"), row.getString("phase"), row.getString("governance_mode"), row.getString("challenge_area"), row.getString("sector")),
                answers(row.getString("answers")), row.getObject("submitted_on", LocalDate.class),
                Optional.ofNullable(row.getObject("updated_at", OffsetDateTime.class)), row.getLong("revision")));
          }
        }
        return found;
      }
    });
  }

  private Map<String, List<String>> answers(String text) {
    return json.fromJson(text, ANSWERS);
  }

  private static boolean exists(Connection connection, String sql, String first, String second) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, first);
      select.setString(2, second);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static long count(Connection connection, String sql, String... parameters) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
