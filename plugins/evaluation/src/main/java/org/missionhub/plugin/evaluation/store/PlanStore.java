package org.missionhub.plugin.evaluation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.missionhub.plugin.evaluation.model.DacCriterion;
import org.missionhub.plugin.evaluation.model.EvaluationMoment;
import org.missionhub.plugin.evaluation.model.EvaluationQuestion;
import org.missionhub.plugin.evaluation.model.MomentKind;
import org.missionhub.plugin.evaluation.model.Plan;
import org.missionhub.plugin.evaluation.model.PlanStatus;

/**
 * A mission's M&E plan, read in four statements and saved whole: the plan's row is inserted or updated at
 * the revision read, its questions and moments replaced. {@code writer} becomes the rows' tenant_id.
 */
public final class PlanStore {

  public Plan read(Connection c, String missionId) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("select purpose, report_within_days, budget_amount, budget_currency, status, approval_decision_id, approved_on, revision from evaluation_plan where mission_id = ?")) {
      select.setString(1, missionId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Plan.none(missionId);
        }
        return new Plan(missionId, row.getString(1), row.getInt(2), IndicatorStore.plain(row.getBigDecimal(3)), row.getString(4), questions(c, missionId), moments(c, missionId),
            PlanStatus.valueOf(row.getString(5)), row.getString(6), row.getObject(7, LocalDate.class), row.getLong(8));
      }
    }
  }

  /** Saves the plan if the stored one is still at {@code expectedRevision} (0: there is none yet). */
  public boolean save(Connection c, String writer, Plan plan, long expectedRevision, OffsetDateTime now) throws SQLException {
    if (!header(c, writer, plan, expectedRevision, now)) {
      return false;
    }
    for (String table : List.of("evaluation_question_indicator", "evaluation_question", "evaluation_moment")) {
      try (PreparedStatement delete = c.prepareStatement("delete from " + table + " where mission_id = ?")) {
        delete.setString(1, plan.missionId());
        delete.executeUpdate();
      }
    }
    try (PreparedStatement question = c.prepareStatement("insert into evaluation_question (id, tenant_id, mission_id, seq, question, criterion) values (?, ?, ?, ?, ?, ?)");
        PreparedStatement link = c.prepareStatement("insert into evaluation_question_indicator (question_id, indicator_id, tenant_id, mission_id) values (?, ?, ?, ?)");
        PreparedStatement moment = c.prepareStatement("insert into evaluation_moment (id, tenant_id, mission_id, kind, title, due_date, done) values (?, ?, ?, ?, ?, ?, ?)")) {
      for (EvaluationQuestion q : plan.questions()) {
        question.setString(1, q.id());
        question.setString(2, writer);
        question.setString(3, plan.missionId());
        question.setInt(4, q.position());
        question.setString(5, q.text());
        question.setString(6, q.criterion().name());
        question.addBatch();
        for (String indicator : q.indicatorIds()) {
          link.setString(1, q.id());
          link.setString(2, indicator);
          link.setString(3, writer);
          link.setString(4, plan.missionId());
          link.addBatch();
        }
      }
      for (EvaluationMoment m : plan.moments()) {
        moment.setString(1, m.id());
        moment.setString(2, writer);
        moment.setString(3, plan.missionId());
        moment.setString(4, m.kind().name());
        moment.setString(5, m.title());
        moment.setObject(6, m.due());
        moment.setBoolean(7, m.done());
        moment.addBatch();
      }
      question.executeBatch();
      link.executeBatch();
      moment.executeBatch();
    }
    return true;
  }

  private static boolean header(Connection c, String writer, Plan plan, long expectedRevision, OffsetDateTime now) throws SQLException {
    String sql = expectedRevision == 0
        ? "insert into evaluation_plan (purpose, report_within_days, budget_amount, budget_currency, status, approval_decision_id, approved_on, updated_at, tenant_id, mission_id, revision)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
        : "update evaluation_plan set purpose = ?, report_within_days = ?, budget_amount = ?, budget_currency = ?, status = ?, approval_decision_id = ?, approved_on = ?,"
            + " updated_at = ?, tenant_id = ?, revision = revision + 1 where mission_id = ? and revision = ?";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, plan.purpose());
      s.setInt(2, plan.reportWithinDays());
      s.setBigDecimal(3, plan.budget());
      s.setString(4, plan.currency());
      s.setString(5, plan.status().name());
      s.setString(6, plan.approvalDecisionId());
      if (plan.approvedOn() == null) {
        s.setNull(7, Types.DATE);
      } else {
        s.setObject(7, plan.approvedOn());
      }
      s.setObject(8, now);
      s.setString(9, writer);
      s.setString(10, plan.missionId());
      if (expectedRevision != 0) {
        s.setLong(11, expectedRevision);
      }
      return s.executeUpdate() == 1;
    } catch (SQLException duplicate) {
      // two first saves at once: the second finds the row the first inserted, as a stale revision
      if (expectedRevision == 0 && duplicate.getSQLState() != null && duplicate.getSQLState().startsWith("23")) {
        return false;
      }
      throw duplicate;
    }
  }

  private static List<EvaluationQuestion> questions(Connection c, String missionId) throws SQLException {
    Map<String, List<String>> indicators = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement("select question_id, indicator_id from evaluation_question_indicator where mission_id = ? order by indicator_id")) {
      select.setString(1, missionId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          indicators.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
        }
      }
    }
    try (PreparedStatement select = c.prepareStatement("select id, seq, question, criterion from evaluation_question where mission_id = ? order by seq, id")) {
      select.setString(1, missionId);
      List<EvaluationQuestion> questions = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          questions.add(new EvaluationQuestion(rows.getString(1), rows.getInt(2), rows.getString(3), DacCriterion.valueOf(rows.getString(4)),
              indicators.getOrDefault(rows.getString(1), List.of())));
        }
      }
      return questions;
    }
  }

  private static List<EvaluationMoment> moments(Connection c, String missionId) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("select id, kind, title, due_date, done from evaluation_moment where mission_id = ? order by due_date, id")) {
      select.setString(1, missionId);
      List<EvaluationMoment> moments = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          moments.add(new EvaluationMoment(rows.getString(1), MomentKind.valueOf(rows.getString(2)), rows.getString(3), rows.getObject(4, LocalDate.class), rows.getBoolean(5)));
        }
      }
      return moments;
    }
  }
}
