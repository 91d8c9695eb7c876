package org.missionhub.plugin.evaluation.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.missionhub.plugin.evaluation.model.DacCriterion;
import org.missionhub.plugin.evaluation.model.EvaluationMoment;
import org.missionhub.plugin.evaluation.model.EvaluationQuestion;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.MomentKind;
import org.missionhub.plugin.evaluation.model.Plan;
import org.missionhub.plugin.evaluation.model.PlanStatus;
import org.missionhub.plugin.evaluation.service.Forms.MomentForm;
import org.missionhub.plugin.evaluation.service.Forms.PlanForm;
import org.missionhub.plugin.evaluation.service.Forms.QuestionForm;

/** Turns a plan form into a plan (a draft), or refuses it with every problem named by its field. */
final class PlanRules {

  static final int MAX_QUESTIONS = 50;
  static final int MAX_MOMENTS = 30;

  Plan read(Plan before, PlanForm form, List<Indicator> indicators) {
    PlanForm given = form == null ? new PlanForm(null, null, null, null, null, null) : form;
    Fields f = new Fields();
    String purpose = f.text("purpose", given.purpose(), 4000, false);
    int days = given.reportWithinDays() == null ? Plan.DEFAULT_REPORT_WITHIN_DAYS : given.reportWithinDays();
    if (days < 0 || days > 366) {
      f.problem("reportWithinDays", "must be between 0 and 366 days");
    }
    BigDecimal budget = f.number("budget", given.budget(), false);
    if (budget != null && budget.signum() < 0) {
      f.problem("budget", "must be at least 0");
    }
    String currency = currency(f, given.currency(), budget != null);
    List<EvaluationQuestion> questions = questions(f, given.questions(), indicators);
    List<EvaluationMoment> moments = moments(f, given.moments());
    f.check();
    return new Plan(before.missionId(), purpose, days, budget, budget == null ? null : currency, questions, moments, PlanStatus.DRAFT,
        before.approvalDecisionId(), before.approvedOn(), before.revision() + 1);
  }

  private static String currency(Fields f, String code, boolean needed) {
    if (code == null || code.isBlank()) {
      if (needed) {
        f.problem("currency", "a budget needs its currency, such as EUR or DKK");
      }
      return null;
    }
    try {
      return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
    } catch (IllegalArgumentException e) {
      f.problem("currency", "must be an ISO 4217 currency code, such as EUR or DKK");
      return null;
    }
  }

  private static List<EvaluationQuestion> questions(Fields f, List<QuestionForm> forms, List<Indicator> indicators) {
    List<QuestionForm> given = forms == null ? List.of() : forms;
    if (given.size() > MAX_QUESTIONS) {
      f.problem("questions", "must be at most " + MAX_QUESTIONS);
      return List.of();
    }
    List<EvaluationQuestion> questions = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      QuestionForm q = given.get(i) == null ? new QuestionForm(null, null, null) : given.get(i);
      String at = "questions[" + i + "].";
      String text = f.text(at + "text", q.text(), 1000, true);
      DacCriterion criterion = f.choice(at + "criterion", q.criterion(), DacCriterion.class, null);
      Set<String> ids = new LinkedHashSet<>();
      for (String reference : q.indicators() == null ? List.<String>of() : q.indicators()) {
        Optional<Indicator> found = indicators.stream()
            .filter(ind -> reference != null && (ind.id().equals(reference.strip()) || ind.code().equalsIgnoreCase(reference.strip())))
            .findFirst();
        found.ifPresentOrElse(ind -> ids.add(ind.id()), () -> f.problem(at + "indicators", "names no indicator of this mission: " + reference));
      }
      if (text != null && criterion != null) {
        questions.add(new EvaluationQuestion(UUID.randomUUID().toString(), i, text, criterion, List.copyOf(ids)));
      }
    }
    return questions;
  }

  private static List<EvaluationMoment> moments(Fields f, List<MomentForm> forms) {
    List<MomentForm> given = forms == null ? List.of() : forms;
    if (given.size() > MAX_MOMENTS) {
      f.problem("moments", "must be at most " + MAX_MOMENTS);
      return List.of();
    }
    List<EvaluationMoment> moments = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      MomentForm m = given.get(i) == null ? new MomentForm(null, null, null, null) : given.get(i);
      String at = "moments[" + i + "].";
      MomentKind kind = f.choice(at + "kind", m.kind(), MomentKind.class, null);
      String title = f.text(at + "title", m.title(), 200, true);
      LocalDate due = f.date(at + "due", m.due(), true);
      if (kind != null && title != null && due != null) {
        moments.add(new EvaluationMoment(UUID.randomUUID().toString(), kind, title, due, Boolean.TRUE.equals(m.done())));
      }
    }
    return moments;
  }
}
