package org.missionhub.plugin.roadmap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.roadmap.model.Verdict;
import org.missionhub.plugin.roadmap.service.ReviewService;
import org.missionhub.plugin.roadmap.service.ReviewService.AgendaItem;
import org.missionhub.plugin.roadmap.service.ReviewService.ReviewView;
import org.missionhub.plugin.support.ui.FieldProblems;

/**
 * A portfolio review: every active initiative with its RAG statuses since the previous review, and for
 * each a verdict (continue, scale, pivot, stop) with its rationale, recorded one by one.
 */
final class ReviewDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final transient ReviewService reviews;
  private final String reviewId;
  private final boolean manages;
  private final transient Runnable changed;

  ReviewDialog(ReviewService reviews, String reviewId, boolean manages, Runnable changed) {
    this.reviews = reviews;
    this.reviewId = reviewId;
    this.manages = manages;
    this.changed = changed;
    setId("roadmap-review-dialog");
    setWidth("52rem");
    render();
  }

  private void render() {
    removeAll();
    getFooter().removeAll();
    ReviewView view = reviews.review(reviewId);
    setHeaderTitle(view.review().title() + " · " + view.review().heldOn());
    add(new Paragraph(view.previous().map(d -> getTranslation("roadmap.review.since", d.toString())).orElse(getTranslation("roadmap.review.first"))));
    if (view.agenda().isEmpty()) {
      add(new Paragraph(getTranslation("roadmap.review.nothingActive")));
    }
    view.agenda().forEach(item -> add(item(item, view.review().isClosed())));
    getFooter().add(new Button(getTranslation("roadmap.cancel"), click -> close()));
    if (manages && !view.review().isClosed()) {
      Button closeReview = new Button(getTranslation("roadmap.review.close"), click -> {
        try {
          reviews.close(reviewId, view.review().revision());
          close();
          changed.run();
        } catch (PluginProblem problem) {
          FieldProblems.show(problem, Map.of());
        }
      });
      closeReview.setId("roadmap-review-close");
      getFooter().add(closeReview);
    }
  }

  private Div item(AgendaItem item, boolean closed) {
    Div box = new Div();
    box.addClassName("roadmap-review-item");
    box.getElement().setAttribute("data-initiative", item.initiative().id());
    box.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-s) 0");
    Span title = new Span(item.initiative().title());
    title.getStyle().set("font-weight", "600");
    String history = item.ragSincePrevious().isEmpty()
        ? getTranslation("roadmap.review.noChange", getTranslation("roadmap.rag." + item.initiative().rag().name()))
        : item.ragSincePrevious().stream().map(r -> getTranslation("roadmap.rag." + r.name())).collect(Collectors.joining(" → "));
    box.add(new Div(title), new Div(new Span(history)));
    if (item.verdict().isPresent()) {
      Span verdict = new Span(getTranslation("roadmap.verdict." + item.verdict().get().verdict().name()) + ": " + item.verdict().get().rationale());
      verdict.addClassName("roadmap-verdict");
      box.add(new Div(verdict));
    } else if (manages && !closed) {
      Select<Verdict> verdict = new Select<>();
      verdict.setId("roadmap-verdict-" + item.initiative().id());
      verdict.setAriaLabel(getTranslation("roadmap.field.verdict"));
      verdict.setItems(Verdict.values());
      verdict.setItemLabelGenerator(v -> getTranslation("roadmap.verdict." + v.name()));
      TextField rationale = new TextField();
      rationale.setId("roadmap-rationale-" + item.initiative().id());
      rationale.setPlaceholder(getTranslation("roadmap.field.rationale"));
      rationale.setAriaLabel(getTranslation("roadmap.field.rationale"));
      rationale.setWidth("24rem");
      Button record = new Button(getTranslation("roadmap.review.record"), click -> {
        try {
          reviews.decide(reviewId, item.initiative().id(), verdict.getValue() == null ? null : verdict.getValue().name(), rationale.getValue());
          changed.run();
          render();
        } catch (PluginProblem problem) {
          FieldProblems.show(problem, Map.of("verdict", verdict, "rationale", rationale));
        }
      });
      record.setId("roadmap-record-" + item.initiative().id());
      record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
      HorizontalLayout row = new HorizontalLayout(verdict, rationale, record);
      row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
      box.add(row);
    }
    return box;
  }
}
