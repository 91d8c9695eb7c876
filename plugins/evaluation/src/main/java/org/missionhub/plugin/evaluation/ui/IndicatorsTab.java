package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.missionhub.plugin.evaluation.export.IndicatorCsv;
import org.missionhub.plugin.evaluation.rest.EvaluationResource;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.EvaluationPlugin;
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Progress;
import org.missionhub.plugin.evaluation.model.Verification;
import org.missionhub.plugin.evaluation.service.ActualService;
import org.missionhub.plugin.evaluation.service.Forms.VerificationForm;
import org.missionhub.plugin.evaluation.service.IndicatorService;
import org.missionhub.plugin.evaluation.service.LessonService;
import org.missionhub.plugin.evaluation.service.PlanService;
import org.missionhub.plugin.evaluation.service.TheoryService;
import org.missionhub.plugin.evaluation.service.FeedService;
import org.missionhub.plugin.evaluation.service.ValueImport;
import org.missionhub.plugin.support.ui.FieldProblems;

/**
 * The mission's "Indicators" tab: a summary of where the indicators stand, then each indicator with its
 * baseline, targets, progress against the target path and the values reported, with the actions the
 * caller's roles allow (add and edit indicators, report and correct values, verify or dispute them).
 */
public class IndicatorsTab extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient MissionScope scope;
  private final transient IndicatorService indicators;
  private final transient ActualService actuals;
  private final transient PlanService plans;
  private final transient LessonService lessons;
  private java.util.Map<String, String> organisationNames = java.util.Map.of();
  private final transient EvaluationPlugin plugin;
  private final transient FeedService feedService;
  private transient FeedService.Feeds feeds;
  private java.util.Map<String, Long> comments = java.util.Map.of();

  public IndicatorsTab(EvaluationPlugin plugin, MissionScope scope) {
    this.scope = scope;
    this.indicators = new IndicatorService(scope, plugin.context());
    this.actuals = new ActualService(scope, plugin.context());
    this.plans = new PlanService(scope, plugin.context());
    this.lessons = new LessonService(scope, plugin.context());
    this.plugin = plugin;
    this.feedService = new FeedService(scope, plugin.context());
    setId("evaluation-tab");
    setPadding(false);
    refresh();
  }

  private void refresh() {
    removeAll();
    // the mission's organisations once per drawing (each scope.organisations() is a query)
    organisationNames = new java.util.HashMap<>();
    scope.organisations().forEach(o -> organisationNames.put(o.organisation().id().toString(), o.organisation().name()));
    Board board = indicators.board();
    feeds = feedService.list(getLocale());
    comments = scope.discussions().counts("indicator");
    add(new PlanSection(plans, board, java.time.LocalDate.now(plugin.context().clock()), this::refresh));
    add(new com.vaadin.flow.component.html.H3(getTranslation("evaluation.indicators")));
    add(IndicatorsCard.summary(board, this));
    if (indicators.access().manages()) {
      Button add = new Button(getTranslation("evaluation.indicator.add"), click -> new IndicatorDialog(scope, indicators, null, this::refresh).open());
      add.setId("evaluation-add-indicator");
      add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(add);
    }
    if (board.indicators().isEmpty()) {
      add(new Paragraph(getTranslation(indicators.access().manages() ? "evaluation.emptyManager" : "evaluation.empty")));
      return;
    }
    HorizontalLayout data = new HorizontalLayout(download());
    data.setAlignItems(Alignment.BASELINE);
    if (indicators.access().reportsAny()) {
      Button upload = new Button(getTranslation("evaluation.import.open"), click -> new ValueImportDialog(new ValueImport(scope, plugin.context()), this::refresh).open());
      upload.setId("evaluation-import-open");
      upload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      data.add(upload);
    }
    add(data);
    board.indicators().forEach(i -> add(indicator(board, i)));
    add(new LearningSection(scope, lessons, board.indicators(), new TheoryService(scope, plugin.context()).measuredSteps(), java.time.LocalDate.now(plugin.context().clock()),
        this::refresh));
  }

  /** The indicator data as tidy CSV, read when the link is followed. */
  private Anchor download() {
    String file = EvaluationResource.fileName(scope, java.time.LocalDate.now(plugin.context().clock()));
    Anchor link = new Anchor(new StreamResource(file, () -> {
      java.util.Map<String, String> names = new java.util.HashMap<>();
      scope.organisations().forEach(o -> names.put(o.organisation().id().toString(), o.organisation().name()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        IndicatorCsv.write(indicators.board(), IndicatorCsv.names(names), out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new ByteArrayInputStream(out.toByteArray());
    }), getTranslation("evaluation.download.csv"));
    link.getElement().setAttribute("download", true);
    link.setId("evaluation-download-csv");
    return link;
  }

  private Div indicator(Board board, Indicator indicator) {
    Div box = new Div();
    box.setId("evaluation-indicator-" + indicator.code());
    box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
        .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
    box.add(new H4(indicator.code() + " · " + indicator.name().in(getLocale())));
    if (indicator.definition() != null) {
      box.add(new Paragraph(indicator.definition().in(getLocale())));
    }
    box.add(new Paragraph(facts(indicator)));
    box.add(progress(board.progress(indicator), indicator));
    box.add(new FeedLine(feedService, feeds, indicator, indicators.access(), this::refresh));
    List<Actual> values = board.actualsOf(indicator.id());
    String chart = new ProgressChart(indicator, values, getTranslation("evaluation.chart", indicator.code())).render();
    if (!chart.isEmpty()) {
      Html picture = new Html("<div>" + chart + "</div>");
      picture.setId("evaluation-chart-" + indicator.code());
      box.add(picture);
    }
    for (int n = 0; n < values.size(); n++) {
      box.add(value(indicator, values.get(n), n));
    }
    box.add(actions(indicator));
    return box;
  }

  private String facts(Indicator indicator) {
    List<String> parts = new ArrayList<>();
    parts.add(getTranslation("evaluation.reportedBy", reporterName(indicator) + (indicator.responsibleName() == null ? "" : " (" + indicator.responsibleName() + ")")));
    parts.add(getTranslation("evaluation.direction." + indicator.direction().name()) + ", " + getTranslation("evaluation.calculation." + indicator.calculation().name()).toLowerCase(getLocale())
        + ", " + getTranslation("evaluation.periodicity." + indicator.periodicity().name()).toLowerCase(getLocale()));
    if (indicator.hasBaseline()) {
      parts.add(getTranslation("evaluation.baselineIs", indicator.baselineValue().toPlainString() + unit(indicator), indicator.baselineDate()));
    }
    indicator.finalTarget().ifPresent(t -> parts.add(getTranslation("evaluation.targetIs", indicator.periods().name(t.period()),
        t.value().toPlainString() + (t.upper() == null ? "" : "–" + t.upper().toPlainString()) + unit(indicator))));
    if (!indicator.disaggregations().isEmpty()) {
      parts.add(getTranslation("evaluation.disaggregatedBy", String.join(", ", indicator.disaggregations())));
    }
    return String.join(" · ", parts);
  }

  private HorizontalLayout progress(Progress progress, Indicator indicator) {
    Span track = new Span(getTranslation("evaluation.track." + progress.track().name()));
    track.getElement().getThemeList().add(switch (progress.track()) {
      case ON_TRACK -> "badge success";
      case OFF_TRACK -> "badge error";
      default -> "badge contrast";
    });
    track.setId("evaluation-track-" + indicator.code());
    HorizontalLayout line = new HorizontalLayout(track);
    line.setAlignItems(FlexComponent.Alignment.BASELINE);
    if (progress.current() != null) {
      String text = getTranslation("evaluation.current", progress.current().toPlainString() + unit(indicator), progress.asOf());
      if (progress.percent() != null) {
        text += " · " + getTranslation("evaluation.percent", progress.percent().toPlainString());
      }
      if (progress.expected() != null) {
        text += " · " + getTranslation("evaluation.expected", progress.expected().toPlainString() + unit(indicator));
      }
      Span current = new Span(text);
      current.setId("evaluation-progress-" + indicator.code());
      line.add(current);
    }
    return line;
  }

  private HorizontalLayout value(Indicator indicator, Actual actual, int n) {
    String period = indicator.periods().name(actual.period());
    String id = indicator.code() + "-" + period + (actual.isTotal() ? "" : "-" + n);
    Span text = new Span(period + (actual.isTotal() ? "" : " · " + actual.disaggregation()) + ": " + actual.value().toPlainString() + unit(indicator)
        + (actual.source() == null ? "" : " · " + actual.source()) + " · " + getTranslation("evaluation.reportedByPerson", actual.reportedByName() == null ? "" : actual.reportedByName()));
    Span state = new Span(getTranslation("evaluation.verification." + actual.verification().name()));
    state.getElement().getThemeList().add(actual.verification() == Verification.VERIFIED ? "badge success" : actual.verification() == Verification.DISPUTED ? "badge error" : "badge");
    HorizontalLayout row = new HorizontalLayout(text, state);
    row.setId("evaluation-value-" + id);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    row.setWrap(true);
    if (actual.verification() == Verification.DISPUTED && actual.verificationNote() != null) {
      row.add(new Span("“" + actual.verificationNote() + "”"));
    }
    boolean ownReport = actual.reportedBy().equals(scope.caller().subject());
    if (indicators.access().verifies() && !ownReport && actual.verification() != Verification.VERIFIED) {
      row.add(small("evaluation-verify-" + id, "evaluation.actual.verify", () -> {
        act(() -> actuals.verify(indicator.id(), actual.id(), actual.revision(), new VerificationForm("VERIFIED", null)));
      }));
    }
    if (indicators.access().verifies() && !ownReport && actual.verification() != Verification.DISPUTED) {
      row.add(small("evaluation-dispute-" + id, "evaluation.actual.dispute", () -> new DisputeDialog(actuals, actual, this::refresh).open()));
    }
    if (indicators.access().mayReport(indicator)) {
      row.add(small("evaluation-correct-" + id, "evaluation.actual.correct", () -> new ActualDialog(actuals, indicator, actual, this::refresh).open()));
    }
    return row;
  }

  private HorizontalLayout actions(Indicator indicator) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.setAlignItems(FlexComponent.Alignment.BASELINE);
    Button discuss = org.missionhub.plugin.support.ui.CommentsButton.of(scope, "indicator", indicator.id(), getTranslation("evaluation.comments", comments.getOrDefault(indicator.id(), 0L)),
        indicator.code() + " " + indicator.name().in(getLocale()), this::refresh);
    discuss.setId("evaluation-comments-" + indicator.code());
    if (indicators.access().mayReport(indicator)) {
      Button report = new Button(getTranslation("evaluation.actual.report"), click -> new ActualDialog(actuals, indicator, null, this::refresh).open());
      report.setId("evaluation-report-" + indicator.code());
      actions.add(report);
    }
    if (indicators.access().manages()) {
      actions.add(small("evaluation-edit-" + indicator.code(), "evaluation.indicator.edit", () -> new IndicatorDialog(scope, indicators, indicator, this::refresh).open()));
      actions.add(small("evaluation-delete-" + indicator.code(), "evaluation.indicator.delete", () -> confirmDelete(indicator)));
    }
    actions.add(discuss);
    return actions;
  }

  private void confirmDelete(Indicator indicator) {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setHeader(getTranslation("evaluation.indicator.delete") + ": " + indicator.code());
    confirm.setText(getTranslation("evaluation.indicator.deleteConfirm"));
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("evaluation.cancel"));
    confirm.setConfirmText(getTranslation("evaluation.indicator.delete"));
    confirm.setConfirmButtonTheme("error primary");
    confirm.addConfirmListener(e -> act(() -> indicators.delete(indicator.id(), indicator.revision())));
    confirm.open();
  }

  private void act(Runnable action) {
    try {
      action.run();
    } catch (PluginProblem problem) {
      FieldProblems.show(problem, java.util.Map.of());
    }
    refresh();
  }

  private Button small(String id, String key, Runnable action) {
    Button button = new Button(getTranslation(key), click -> action.run());
    button.setId(id);
    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return button;
  }

  private String reporterName(Indicator indicator) {
    return organisationNames.getOrDefault(indicator.reporter(), getTranslation("evaluation.formerOrganisation"));
  }

  private static String unit(Indicator indicator) {
    return indicator.unit() == null ? "" : indicator.unit().equals("%") ? "%" : " " + indicator.unit();
  }
}
