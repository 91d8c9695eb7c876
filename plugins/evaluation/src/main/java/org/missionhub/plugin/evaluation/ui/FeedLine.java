package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Optional;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.feed.FeedChoice;
import org.missionhub.plugin.evaluation.feed.FeedSync;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.IndicatorFeed;
import org.missionhub.plugin.evaluation.service.Access;
import org.missionhub.plugin.evaluation.service.FeedService;

/**
 * Where an indicator's values come from, under the indicator: "Fed by ..." with an update, or for the
 * managers the way to feed it from a figure of the surveys or the funding plan; nothing when none can feed it.
 */
final class FeedLine extends HorizontalLayout {

  private static final long serialVersionUID = 1L;

  FeedLine(FeedService service, FeedService.Feeds feeds, Indicator indicator, Access access, Runnable changed) {
    setId("evaluation-feed-" + indicator.code());
    setAlignItems(Alignment.BASELINE);
    setWrap(true);
    Optional<IndicatorFeed> feed = feeds.feeds().stream().filter(f -> f.indicatorId().equals(indicator.id())).findFirst();
    if (feed.isPresent()) {
      String label = feeds.choices().stream().filter(c -> c.offers(feed.get())).map(FeedChoice::label).findFirst()
          .orElse(feed.get().question() + (feed.get().option() == null ? "" : " · " + feed.get().option()));
      boolean funding = feed.get().kind() == IndicatorFeed.Kind.FUNDING;
      Span text = new Span(getTranslation(funding ? "evaluation.feed.fedByFunding" : "evaluation.feed.fedBy", label));
      text.setId("evaluation-feed-label-" + indicator.code());
      add(text);
      if (access.mayReport(indicator)) {
        add(button("evaluation-feed-update-" + indicator.code(), funding ? "evaluation.feed.updateFunding" : "evaluation.feed.update", () -> {
          FeedSync.Outcome outcome = service.update(indicator.id());
          Notification.show(getTranslation(written(feed.get().kind()), outcome.added() + outcome.corrected(), outcome.kept(), outcome.withheld()), 5000,
              Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }, changed));
      }
      if (access.manages()) {
        add(button("evaluation-feed-stop-" + indicator.code(), "evaluation.feed.stop", () -> service.remove(indicator.id()), changed));
      }
    } else if (access.manages() && !feeds.choices().isEmpty()) {
      add(button("evaluation-feed-open-" + indicator.code(), "evaluation.feed.choose", () -> new FeedDialog(service, indicator, feeds.choices(), changed).open(), () -> {}));
    }
    setVisible(getComponentCount() > 0);
  }

  /** The notice of values written from a kind of source. */
  static String written(IndicatorFeed.Kind kind) {
    return kind == IndicatorFeed.Kind.FUNDING ? "evaluation.feed.writtenFunding" : "evaluation.feed.written";
  }

  private Button button(String id, String key, Runnable action, Runnable after) {
    Button button = new Button(getTranslation(key), click -> {
      try {
        action.run();
        after.run();
      } catch (PluginProblem problem) {
        Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
      }
    });
    button.setId(id);
    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return button;
  }
}
