package org.missionhub.plugin.roadmap.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.missionhub.plugin.roadmap.model.Review;
import org.missionhub.plugin.roadmap.model.ReviewVerdict;
import org.missionhub.plugin.roadmap.service.ReviewService;

/** Portfolio reviews as the API answers them. */
public final class ReviewDtos {

  private ReviewDtos() {}

  public record ReviewForm(String title, String heldOn) {}

  public record VerdictForm(String initiative, String verdict, String rationale) {}

  public record CadenceForm(Integer months) {}

  public record ReviewDto(String id, String title, LocalDate heldOn, boolean closed, OffsetDateTime closedAt, long revision) {
    static ReviewDto of(Review r) {
      return new ReviewDto(r.id(), r.title(), r.heldOn(), r.isClosed(), r.closedAt(), r.revision());
    }
  }

  public record ReviewsDto(List<ReviewDto> reviews, Integer cadenceMonths, LocalDate nextDue) {
    static ReviewsDto of(ReviewService.Reviews reviews) {
      return new ReviewsDto(reviews.reviews().stream().map(ReviewDto::of).toList(), reviews.cadenceMonths().orElse(null), reviews.nextDue().orElse(null));
    }
  }

  public record VerdictDto(String initiative, String verdict, String rationale, String decision, String decidedByName, OffsetDateTime decidedAt) {
    static VerdictDto of(ReviewVerdict v) {
      return new VerdictDto(v.initiativeId(), v.verdict().name(), v.rationale(), v.decisionId(), v.decidedByName(), v.decidedAt());
    }
  }

  public record AgendaItemDto(String initiative, String title, String lifecycle, String rag, List<String> ragSincePrevious, VerdictDto verdict) {}

  public record ReviewViewDto(ReviewDto review, LocalDate previousReview, List<AgendaItemDto> agenda) {
    static ReviewViewDto of(ReviewService.ReviewView view) {
      return new ReviewViewDto(
          ReviewDto.of(view.review()),
          view.previous().orElse(null),
          view.agenda().stream()
              .map(a -> new AgendaItemDto(
                  a.initiative().id(), a.initiative().title(), a.initiative().lifecycle().name(), a.initiative().rag().name(),
                  a.ragSincePrevious().stream().map(Enum::name).toList(), a.verdict().map(VerdictDto::of).orElse(null)))
              .toList());
    }
  }
}
