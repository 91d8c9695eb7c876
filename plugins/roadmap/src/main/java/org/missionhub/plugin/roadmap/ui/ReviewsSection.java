package org.missionhub.plugin.roadmap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.roadmap.model.Review;
import org.missionhub.plugin.roadmap.service.ReviewService;
import org.missionhub.plugin.support.ui.FieldProblems;

/** The Roadmap tab's "Portfolio reviews": the cadence, the reviews held, and starting one. */
final class ReviewsSection extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  ReviewsSection(ReviewService reviews, boolean manages, LocalDate today, Runnable changed) {
    setId("roadmap-reviews");
    setPadding(false);
    ReviewService.Reviews all = reviews.reviews();
    add(new H4(getTranslation("roadmap.reviews")));
    add(new Paragraph(all.cadenceMonths()
        .map(months -> getTranslation("roadmap.review.cadence", months, all.nextDue().map(LocalDate::toString).orElse("")))
        .orElse(getTranslation("roadmap.review.noCadence"))));
    UnorderedList list = new UnorderedList();
    for (Review review : all.reviews()) {
      Button open = new Button(review.title() + " · " + review.heldOn() + (review.isClosed() ? " · " + getTranslation("roadmap.review.closed") : ""),
          click -> new ReviewDialog(reviews, review.id(), manages, changed).open());
      open.setId("roadmap-review-" + review.id());
      open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      list.add(new ListItem(open));
    }
    if (!all.reviews().isEmpty()) {
      add(list);
    }
    if (manages) {
      Button start = new Button(getTranslation("roadmap.review.start"), click -> startDialog(reviews, today, changed).open());
      start.setId("roadmap-start-review");
      add(start);
    }
  }

  private Dialog startDialog(ReviewService reviews, LocalDate today, Runnable changed) {
    Dialog dialog = new Dialog();
    dialog.setId("roadmap-start-review-dialog");
    dialog.setHeaderTitle(getTranslation("roadmap.review.start"));
    TextField title = new TextField(getTranslation("roadmap.field.title"));
    title.setId("roadmap-review-title");
    title.setValue(getTranslation("roadmap.review.defaultTitle"));
    DatePicker heldOn = new DatePicker(getTranslation("roadmap.field.heldOn"));
    heldOn.setId("roadmap-review-held-on");
    heldOn.setValue(today);
    dialog.add(new FormLayout(title, heldOn));
    Button save = new Button(getTranslation("roadmap.save"), click -> {
      try {
        Review review = reviews.start(title.getValue(), heldOn.getValue() == null ? null : heldOn.getValue().toString());
        dialog.close();
        changed.run();
        new ReviewDialog(reviews, review.id(), true, changed).open();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, Map.of("title", title, "heldOn", heldOn));
      }
    });
    save.setId("roadmap-review-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button(getTranslation("roadmap.cancel"), click -> dialog.close()), save);
    return dialog;
  }
}
