package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.feed.FeedChoice;
import org.missionhub.plugin.evaluation.feed.FeedSync;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.IndicatorFeed;
import org.missionhub.plugin.evaluation.service.FeedService;
import org.missionhub.plugin.evaluation.service.Forms.FeedForm;
import org.missionhub.plugin.support.ui.FieldProblems;

/** Chooses the figure (a survey's, the funding plan's) that feeds an indicator; its values are written at once. */
final class FeedDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  FeedDialog(FeedService feeds, Indicator indicator, List<FeedChoice> choices, Runnable saved) {
    setId("evaluation-feed-dialog");
    setHeaderTitle(getTranslation("evaluation.feed.choose") + ": " + indicator.code());
    setWidth("min(90vw, 640px)");
    ComboBox<FeedChoice> figure = new ComboBox<>(getTranslation("evaluation.feed.figure"));
    figure.setId("evaluation-feed-figure");
    figure.setItems(choices);
    figure.setItemLabelGenerator(choice -> getTranslation(choice.kind() == IndicatorFeed.Kind.FUNDING ? "evaluation.feed.kindFunding" : "evaluation.feed.kindSurvey")
        + " · " + choice.label());
    figure.setWidthFull();
    if (choices.stream().anyMatch(c -> c.kind() == IndicatorFeed.Kind.SURVEY)) {
      add(new Paragraph(getTranslation("evaluation.feed.help")));
    }
    if (choices.stream().anyMatch(c -> c.kind() == IndicatorFeed.Kind.FUNDING)) {
      add(new Paragraph(getTranslation("evaluation.feed.helpFunding")));
    }
    add(figure);
    Button save = new Button(getTranslation("evaluation.save"), click -> {
      FeedChoice chosen = figure.getValue();
      try {
        FeedSync.Outcome outcome = feeds.set(indicator.id(), chosen == null
            ? new FeedForm("SURVEY", null, null, null)
            : new FeedForm(chosen.kind().name(), chosen.source(), chosen.question(), chosen.option()));
        close();
        Notification.show(getTranslation(FeedLine.written(chosen == null ? IndicatorFeed.Kind.SURVEY : chosen.kind()), outcome.added() + outcome.corrected(), outcome.kept(),
            outcome.withheld()), 5000,
            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        saved.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, Map.of("question", figure, "option", figure, "source", figure, "kind", figure));
      }
    });
    save.setId("evaluation-feed-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("evaluation.cancel"), click -> close()), save);
  }
}
