package org.missionhub.plugin.evaluation.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Lesson;
import org.missionhub.plugin.evaluation.service.Forms.LessonForm;
import org.missionhub.plugin.evaluation.store.IndicatorStore;
import org.missionhub.plugin.evaluation.store.LessonStore;
import org.missionhub.plugin.evaluation.store.TheoryStore;
import org.missionhub.plugin.roadmap.api.ReviewCalendar;

/**
 * The mission's learning log: everyone taking part (not observers) records what they learnt, its evidence
 * and what it implies, linked to an indicator and to the decision it fed; the author or a manager changes it.
 */
public final class LessonService {

  private final MissionScope scope;
  private final EvaluationContext context;
  private final LessonStore lessons = new LessonStore();
  private final IndicatorStore indicators = new IndicatorStore();
  private final TheoryStore theories = new TheoryStore();
  private final Access access;

  public LessonService(MissionScope scope, EvaluationContext context) {
    this.scope = scope;
    this.context = context;
    this.access = new Access(scope);
  }

  public Access access() {
    return access;
  }

  /**
   * Newest first; only those about one indicator when {@code indicator} (a code or id) is given, only those
   * about an indicator that measures a step of the theory of change when {@code step} (its id) is.
   */
  public List<Lesson> list(String indicator, String step) {
    return scope.database().inTransaction(c -> {
      List<Lesson> all = lessons.all(c, mission());
      if (indicator != null && !indicator.isBlank()) {
        Indicator about = find(indicators.all(c, mission()), indicator).orElseThrow(() -> PluginProblem.invalid("indicator", "names no indicator of this mission"));
        all = all.stream().filter(l -> about.id().equals(l.indicatorId())).toList();
      }
      if (step != null && !step.isBlank()) {
        if (theories.read(c, mission()).node(step.strip()).isEmpty()) {
          throw PluginProblem.invalid("step", "names no step of this mission's theory of change");
        }
        Map<String, String> measures = theories.indicatorNodes(c, mission());
        all = all.stream().filter(l -> l.indicatorId() != null && step.strip().equals(measures.get(l.indicatorId()))).toList();
      }
      return all;
    });
  }

  /** "Learning forward": the portfolio reviews' calendar, and the lessons recorded since the last review (all without one), newest first. */
  public Forward forward() {
    ReviewCalendar calendar = context.reviews().calendar(scope);
    List<Lesson> since = list(null, null).stream().filter(l -> calendar.lastHeld().map(held -> l.recordedOn().isAfter(held)).orElse(true)).toList();
    return new Forward(calendar, since);
  }

  /** What the next portfolio review should hear. */
  public record Forward(ReviewCalendar calendar, List<Lesson> lessons) {}

  public Lesson get(String id) {
    return scope.database().inTransaction(c -> lessons.find(c, mission(), id)).orElseThrow(() -> PluginProblem.notFound("Lesson"));
  }

  public Lesson add(LessonForm form) {
    if (!access.learns()) {
      throw PluginProblem.forbidden("Observers read the learning log; the mission's other roles write in it");
    }
    return scope.database().inTransaction(c -> {
      Lesson lesson = read(UUID.randomUUID().toString(), form, indicators.all(c, mission()), scope.caller().subject(), scope.caller().displayName(), 1);
      lessons.insert(c, writer(), mission(), lesson, now());
      scope.audit(AuditRecord.created("lesson", lesson.id(), state(lesson)));
      return lesson;
    });
  }

  public Lesson update(String id, long revision, LessonForm form) {
    return scope.database().inTransaction(c -> {
      Lesson before = lessons.find(c, mission(), id).orElseThrow(() -> PluginProblem.notFound("Lesson"));
      requireChange(before);
      Lesson after = read(id, form, indicators.all(c, mission()), before.authorSubject(), before.authorName(), revision + 1);
      if (!lessons.update(c, writer(), mission(), after, revision, now())) {
        throw PluginProblem.stale("The lesson");
      }
      scope.audit(AuditRecord.updated("lesson", id, state(before), state(after)));
      return after;
    });
  }

  public void delete(String id, long revision) {
    scope.database().inTransaction(c -> {
      Lesson before = lessons.find(c, mission(), id).orElseThrow(() -> PluginProblem.notFound("Lesson"));
      requireChange(before);
      if (!lessons.delete(c, mission(), id, revision)) {
        throw PluginProblem.stale("The lesson");
      }
      scope.audit(AuditRecord.deleted("lesson", id, state(before)));
      return null;
    });
  }

  private void requireChange(Lesson lesson) {
    if (!access.mayChange(lesson)) {
      throw PluginProblem.forbidden("Only its author or the mission's leaders and coordinators change a lesson");
    }
  }

  private Lesson read(String id, LessonForm form, List<Indicator> all, String author, String authorName, long revision) {
    LessonForm given = form == null ? new LessonForm(null, null, null, null, null, null, null) : form;
    Fields f = new Fields();
    LocalDate today = LocalDate.now(context.clock());
    LocalDate recordedOn = given.recordedOn() == null || given.recordedOn().isBlank() ? today : f.date("recordedOn", given.recordedOn(), true);
    if (recordedOn != null && recordedOn.isAfter(today)) {
      f.problem("recordedOn", "must not be in the future");
    }
    String insight = f.text("insight", given.insight(), 2000, true);
    String evidence = f.text("evidence", given.evidence(), 2000, false);
    String url = url(f, given.evidenceUrl());
    String indicator = null;
    if (given.indicator() != null && !given.indicator().isBlank()) {
      indicator = find(all, given.indicator()).map(Indicator::id).orElse(null);
      if (indicator == null) {
        f.problem("indicator", "names no indicator of this mission");
      }
    }
    String implication = f.text("implication", given.implication(), 2000, false);
    String decision = null;
    if (given.decision() != null && !given.decision().isBlank()) {
      decision = scope.decisions().stream().filter(d -> d.id().equals(given.decision().strip())).map(d -> d.id()).findFirst().orElse(null);
      if (decision == null) {
        f.problem("decision", "must be a decision of this mission's decision log");
      }
    }
    f.check();
    return new Lesson(id, recordedOn, insight, evidence, url, indicator, implication, decision, author, authorName, revision);
  }

  /** An absolute http(s) address, or nothing. */
  private static String url(Fields f, String given) {
    String text = f.text("evidenceUrl", given, 500, false);
    if (text == null) {
      return null;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return text;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    f.problem("evidenceUrl", "must be a web address starting with https:// or http://");
    return null;
  }

  private static Optional<Indicator> find(List<Indicator> all, String reference) {
    String wanted = reference.strip();
    return all.stream().filter(i -> i.id().equals(wanted) || i.code().equalsIgnoreCase(wanted)).findFirst();
  }

  private static Map<String, String> state(Lesson l) {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("recordedOn", l.recordedOn().toString());
    state.put("insight", l.insight());
    state.put("indicator", l.indicatorId() == null ? "" : l.indicatorId());
    state.put("decision", l.decisionId() == null ? "" : l.decisionId());
    return state;
  }

  private String mission() {
    return scope.missionId().toString();
  }

  private String writer() {
    return scope.organisationId().toString();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(context.clock());
  }
}
