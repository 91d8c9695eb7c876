package org.missionhub.plugin.roadmap.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.missionhub.api.governance.DecisionDraft;
import org.missionhub.api.governance.DecisionStatus;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.Lifecycle;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.model.Rag;
import org.missionhub.plugin.roadmap.model.Review;
import org.missionhub.plugin.roadmap.model.ReviewVerdict;
import org.missionhub.plugin.roadmap.model.Verdict;
import org.missionhub.plugin.roadmap.store.PortfolioReader;
import org.missionhub.plugin.roadmap.store.ReviewStore;
import org.missionhub.plugin.roadmap.store.RoadmapWriter;

/**
 * Portfolio reviews: the mission's leaders and coordinators hold one at the mission's cadence, go through
 * every active initiative with what changed since the last review, and decide continue, scale, pivot or
 * stop with a rationale. Each verdict is also a decision in the mission's decision log (through the
 * contract), so governance sees it; a stop stops the initiative.
 */
public final class ReviewService {

  /** A review with its agenda: every initiative active when it was held, or given a verdict in it. */
  public record ReviewView(Review review, List<AgendaItem> agenda, Optional<LocalDate> previous) {}

  /** An initiative on a review's agenda: its RAG statuses since the previous review, and its verdict if given. */
  public record AgendaItem(Initiative initiative, List<Rag> ragSincePrevious, Optional<ReviewVerdict> verdict) {}

  /** The mission's reviews, its cadence in months, and when the next review is due. */
  public record Reviews(List<Review> reviews, Optional<Integer> cadenceMonths, Optional<LocalDate> nextDue) {}

  /** Before any review: every RAG change counts as "since the previous review". */
  private static final OffsetDateTime EPOCH = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private final MissionScope scope;
  private final RoadmapContext context;
  private final PortfolioReader reader = new PortfolioReader();
  private final RoadmapWriter writer = new RoadmapWriter();
  private final ReviewStore store = new ReviewStore();
  private final Access access;

  public ReviewService(MissionScope scope, RoadmapContext context) {
    this.scope = scope;
    this.context = context;
    this.access = new Access(scope);
  }

  public Reviews reviews() {
    return scope.database().inTransaction(c -> {
      List<Review> reviews = store.reviews(c, mission());
      Optional<Integer> cadence = store.cadence(c, mission());
      Optional<LocalDate> next = cadence.map(months -> reviews.isEmpty() ? LocalDate.now(context.clock()) : reviews.get(0).heldOn().plusMonths(months));
      return new Reviews(reviews, cadence, next);
    });
  }

  public ReviewView review(String id) {
    return scope.database().inTransaction(c -> view(c, find(c, id)));
  }

  public Review start(String title, String heldOn) {
    access.requireManage();
    FieldReader in = new FieldReader();
    String name = in.text("title", title, 200, true);
    LocalDate day = in.date("heldOn", heldOn, true);
    in.check();
    return scope.database().inTransaction(c -> {
      Review review = new Review(UUID.randomUUID().toString(), mission(), day, name, null, 1);
      store.insert(c, writer(), review, scope.caller().subject(), now());
      scope.audit(AuditRecord.created("review", review.id(), Map.of("title", name, "heldOn", day.toString())));
      return review;
    });
  }

  /** Records the verdict on one initiative, as a decision in the decision log too. */
  public ReviewVerdict decide(String reviewId, String initiativeId, String verdictName, String rationaleText) {
    access.requireManage();
    FieldReader in = new FieldReader();
    Verdict verdict = in.choice("verdict", verdictName, Verdict.class, null);
    String rationale = in.text("rationale", rationaleText, 2000, true);
    in.check();
    return scope.database().inTransaction(c -> {
      Review review = find(c, reviewId);
      if (review.isClosed()) {
        throw PluginProblem.conflict("The review is closed");
      }
      Portfolio portfolio = reader.read(c, mission());
      Initiative initiative = portfolio.initiative(initiativeId).orElseThrow(() -> PluginProblem.notFound("Initiative"));
      if (store.verdicts(c, mission(), reviewId).stream().anyMatch(v -> v.initiativeId().equals(initiativeId))) {
        throw PluginProblem.conflict("The review already has its verdict on \"" + initiative.title() + "\"");
      }
      LocalDate today = LocalDate.now(context.clock());
      String decision =
          scope.recordDecision(
              new DecisionDraft(
                  "Portfolio review " + review.heldOn() + ": " + verdict.name().toLowerCase(Locale.ROOT) + " \"" + initiative.title() + "\"",
                  rationale, review.heldOn().isAfter(today) ? today : review.heldOn(), clip(review.title() + " (" + scope.caller().displayName() + ")"), DecisionStatus.ADOPTED));
      ReviewVerdict recorded = new ReviewVerdict(reviewId, initiativeId, verdict, rationale, decision, scope.caller().displayName(), now());
      store.insert(c, writer(), mission(), recorded, scope.caller().subject());
      if (verdict == Verdict.STOP && initiative.lifecycle() != Lifecycle.STOPPED) {
        Initiative stopped = initiative.inLifecycle(Lifecycle.STOPPED, now());
        if (!writer.update(c, writer(), stopped, initiative.revision(), now())) {
          throw PluginProblem.stale("The initiative");
        }
        scope.audit(AuditRecord.updated("initiative", initiativeId, Map.of("lifecycle", initiative.lifecycle().name()), Map.of("lifecycle", Lifecycle.STOPPED.name())));
      }
      scope.audit(AuditRecord.created("review-verdict", reviewId + "/" + initiativeId, Map.of("verdict", verdict.name(), "decision", decision)));
      return recorded;
    });
  }

  public Review close(String reviewId, long revision) {
    access.requireManage();
    return scope.database().inTransaction(c -> {
      Review review = find(c, reviewId);
      if (review.isClosed()) {
        throw PluginProblem.conflict("The review is already closed");
      }
      if (!store.close(c, writer(), review, revision, now())) {
        throw PluginProblem.stale("The review");
      }
      scope.audit(AuditRecord.updated("review", reviewId, Map.of("closed", "false"), Map.of("closed", "true")));
      return new Review(review.id(), review.missionId(), review.heldOn(), review.title(), now(), revision + 1);
    });
  }

  public int cadence(Integer months) {
    access.requireManage();
    if (months == null || months < 1 || months > 24) {
      throw PluginProblem.invalid("months", "must be between 1 and 24 (3 for quarterly)");
    }
    scope.database().inTransaction(c -> {
      store.cadence(c, writer(), mission(), months, now());
      scope.audit(AuditRecord.updated("review-cadence", mission(), Map.of(), Map.of("months", months.toString())));
      return null;
    });
    return months;
  }

  private ReviewView view(Connection c, Review review) throws SQLException {
    Portfolio portfolio = reader.read(c, mission());
    List<Review> all = store.reviews(c, mission());
    Optional<Review> previous = all.stream().filter(r -> r.heldOn().isBefore(review.heldOn())).findFirst();
    OffsetDateTime since = previous.map(r -> r.heldOn().atStartOfDay().atOffset(ZoneOffset.UTC)).orElse(EPOCH);
    Map<String, List<Rag>> changes = store.ragChangesSince(c, mission(), since);
    Map<String, ReviewVerdict> verdicts = new HashMap<>();
    store.verdicts(c, mission(), review.id()).forEach(v -> verdicts.put(v.initiativeId(), v));
    List<AgendaItem> agenda =
        portfolio.initiatives().stream()
            .filter(i -> i.lifecycle() == Lifecycle.ACTIVE || verdicts.containsKey(i.id()))
            .map(i -> new AgendaItem(i, changes.getOrDefault(i.id(), List.of()), Optional.ofNullable(verdicts.get(i.id()))))
            .toList();
    return new ReviewView(review, agenda, previous.map(Review::heldOn));
  }

  private Review find(Connection c, String id) throws SQLException {
    return store.reviews(c, mission()).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> PluginProblem.notFound("Review"));
  }

  private static String clip(String text) {
    return text.length() > 200 ? text.substring(0, 199) + "…" : text;
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
