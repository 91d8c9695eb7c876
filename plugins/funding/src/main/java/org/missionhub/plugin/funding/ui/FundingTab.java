package org.missionhub.plugin.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.funding.FundingPlugin;
import org.missionhub.plugin.funding.export.FiscalDataPackage;
import org.missionhub.plugin.funding.export.FlowCsv;
import org.missionhub.plugin.funding.iati.IatiActivities;
import org.missionhub.plugin.funding.iati.IatiProblem;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.plugin.funding.model.Alerts;
import org.missionhub.plugin.funding.model.Coverage;
import org.missionhub.plugin.funding.model.Flow;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.model.Gap;
import org.missionhub.plugin.funding.model.BudgetTimeline;
import org.missionhub.plugin.funding.model.Mix;
import org.missionhub.plugin.funding.service.FundingService;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;

/**
 * The mission's "Funding" tab: where each initiative's money stands in the mission's currency — needed,
 * pledged, committed, disbursed, spent and the need not yet committed — the funders and the money recorded,
 * with the actions the caller's roles allow (funders, needs and rates for the leaders and coordinators; money
 * for them and for each funder organisation's own people).
 */
public class FundingTab extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient MissionScope scope;
  private final transient FundingService funding;
  private final transient java.time.Clock clock;

  public FundingTab(FundingPlugin plugin, MissionScope scope) {
    this.scope = scope;
    this.funding = plugin.funding(scope);
    this.clock = plugin.clock();
    setId("funding-tab");
    setPadding(false);
    refresh();
  }

  private void refresh() {
    removeAll();
    FundingService.View view = funding.view();
    String currency = view.plan().rates().missionCurrency().getCurrencyCode();
    add(actions(view, currency));
    if (!view.alerts().isEmpty()) {
      add(alerts(view, currency));
    }
    add(new H3(getTranslation("funding.gap.title", currency)));
    if (view.initiatives().isEmpty()) {
      add(new Paragraph(getTranslation("funding.gap.none")));
    } else {
      add(gaps(view));
    }
    if (!view.unconverted().isEmpty()) {
      Paragraph missing = new Paragraph(getTranslation("funding.gap.unconverted", view.unconverted().size(), currency));
      missing.setId("funding-unconverted");
      add(missing);
    }
    List<Coverage.Year> years = view.years();
    if (!years.isEmpty()) {
      add(new H3(getTranslation("funding.years.title", currency)));
      add(new YearsSection(years, currency, Math.max(0, view.plan().rates().missionCurrency().getDefaultFractionDigits())));
    }
    if (!view.plan().flows().isEmpty()) {
      add(new H3(getTranslation("funding.funnel.title", currency)));
      add(funnel(view, currency));
      add(new H3(getTranslation("funding.mix.title")));
      add(new MixSection("funding-mix", Mix.of(view.plan())));
    }
    add(new H3(getTranslation("funding.funders.title")));
    if (view.plan().funders().isEmpty()) {
      add(new Paragraph(getTranslation("funding.funders.none")));
    } else {
      Grid<Funder> funders = new Grid<>(Funder.class, false);
      funders.setId("funding-funders");
      funders.addColumn(Funder::name).setHeader(getTranslation("funding.funder.name")).setFlexGrow(1);
      funders.addColumn(f -> getTranslation("funding.source." + f.sourceType().name())).setHeader(getTranslation("funding.funder.source")).setAutoWidth(true);
      funders.addColumn(f -> getTranslation("funding.instrument." + f.instrument().name())).setHeader(getTranslation("funding.funder.instrument")).setAutoWidth(true);
      funders.addColumn(this::cycle).setHeader(getTranslation("funding.calendar.title")).setAutoWidth(true);
      if (funding.access().manages()) {
        funders.addComponentColumn(f -> {
          Button edit = new Button(getTranslation("funding.funder.editAction"), click -> new FunderDialog(funding, organisations(), f, this::refresh).open());
          edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
          edit.setAriaLabel(getTranslation("funding.funder.edit") + ": " + f.name());
          edit.setId("funding-funder-edit-" + view.plan().funders().indexOf(f));
          return edit;
        }).setAutoWidth(true).setFlexGrow(0);
      }
      funders.setItems(view.plan().funders());
      funders.setAllRowsVisible(true);
      funders.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
      add(funders);
    }
    if (!view.plan().flows().isEmpty()) {
      add(new H3(getTranslation("funding.flows.title")));
      add(flows(view));
    }
    if (view.plan().funders().stream().anyMatch(f -> f.calendar() != null)) {
      add(new H3(getTranslation("funding.timeline.title")));
      add(new BudgetCalendarSection(new BudgetTimeline(view.plan(), view.initiatives().stream()
          .map(i -> new BudgetTimeline.Initiative(i.id(), i.title(), i.start(), i.end())).toList(), LocalDate.now(clock)), LocalDate.now(clock)));
      add(new H3(getTranslation("funding.deadline.title")));
      add(new Paragraph(getTranslation("funding.deadline.help", FundingService.DEADLINE_MONTHS)));
      add(deadlines(view));
    }
    add(new H3(getTranslation("funding.export.title")));
    add(downloads(view));
  }

  /**
   * The flows as CSV and as a Fiscal Data Package, and the IATI file; when the IATI file cannot be written,
   * what is missing instead of its link. Each file is read when its link is followed.
   */
  private VerticalLayout downloads(FundingService.View view) {
    VerticalLayout downloads = new VerticalLayout();
    downloads.setPadding(false);
    downloads.setSpacing(false);
    String name = funding.fileName();
    HorizontalLayout links = new HorizontalLayout(
        link("funding-download-csv", "funding.export.csv", name + "-flows.csv", out -> FlowCsv.write(view, funding.slugs(), out)),
        link("funding-download-fdp", "funding.export.fdp", name + "-fiscal-data-package.zip",
            out -> FiscalDataPackage.write(scope.mission().title(), name, view, funding.slugs(), funding.exportedAt(), out)));
    links.setWrap(true);
    IatiActivities iati = funding.iati(view);
    List<IatiProblem> problems = iati.problems();
    if (problems.isEmpty()) {
      links.add(link("funding-download-iati", "funding.export.iati", name + "-iati.xml", out -> {
        try {
          iati.write(out);
        } catch (javax.xml.stream.XMLStreamException e) {
          throw new IOException(e);
        }
      }));
    }
    downloads.add(links);
    if (!problems.isEmpty()) {
      Paragraph missing = new Paragraph(getTranslation("funding.export.iatiProblems",
          problems.stream().map(p -> getTranslation(p.key(), p.arguments().toArray())).collect(java.util.stream.Collectors.joining("; "))));
      missing.setId("funding-iati-problems");
      downloads.add(missing);
    }
    return downloads;
  }

  @FunctionalInterface
  private interface Content {
    void write(OutputStream out) throws IOException;
  }

  private Anchor link(String id, String key, String file, Content content) {
    Anchor link = new Anchor(new StreamResource(file, (out, session) -> content.write(out)), getTranslation(key));
    link.getElement().setAttribute("download", true);
    link.setId(id);
    return link;
  }

  private HorizontalLayout actions(FundingService.View view, String currency) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.setWrap(true);
    List<Funder> recordable = view.plan().funders().stream().filter(f -> funding.access().mayRecord(f)).toList();
    if (!recordable.isEmpty() && !view.initiatives().isEmpty()) {
      actions.add(button("funding-record", "funding.flow.record", true,
          () -> new FlowDialog(funding, recordable, view.initiatives(), currency, LocalDate.now(clock), null, this::refresh).open()));
    }
    if (funding.access().manages()) {
      actions.add(button("funding-add-funder", "funding.funder.add", recordable.isEmpty(), () -> new FunderDialog(funding, organisations(), null, this::refresh).open()));
      if (!view.initiatives().isEmpty()) {
        actions.add(button("funding-set-need", "funding.need.set", false,
            () -> new NeedDialog(funding, view.initiatives(), currency, LocalDate.now(clock).getYear() + 1, this::refresh).open()));
      }
      actions.add(button("funding-rates", "funding.rates.title", false, () -> new RatesDialog(funding, view.plan().rates(), this::refresh).open()));
      if (!view.initiatives().isEmpty()) {
        actions.add(button("funding-iati-import", "funding.iati.import.open", false, () -> new IatiImportDialog(funding, view.initiatives(), this::refresh).open()));
      }
    }
    return actions;
  }

  /** From pledge to spending: the mission's totals of each stage, as bars (the gap table above holds the figures per initiative). */
  private Bars funnel(FundingService.View view, String currency) {
    int digits = Math.max(0, view.plan().rates().missionCurrency().getDefaultFractionDigits());
    List<Bars.Bar> bars = new java.util.ArrayList<>();
    List<Function<Gap, BigDecimal>> stages = List.of(Gap::needed, Gap::pledged, Gap::committed, Gap::disbursed, Gap::spent);
    List<String> keys = List.of("funding.stage.NEED", "funding.stage.PLEDGE", "funding.stage.COMMITMENT", "funding.stage.DISBURSEMENT", "funding.stage.EXPENDITURE");
    for (int i = 0; i < stages.size(); i++) {
      Function<Gap, BigDecimal> stage = stages.get(i);
      BigDecimal total = view.gaps().stream().map(stage).reduce(BigDecimal.ZERO, BigDecimal::add);
      bars.add(new Bars.Bar(getTranslation(keys.get(i)), total, format(total, digits) + " " + currency));
    }
    String description = getTranslation("funding.funnel.chart", currency) + " "
        + String.join("; ", bars.stream().map(b -> b.label() + " " + b.text()).toList());
    return new Bars("funding-funnel", description, bars);
  }

  private List<OrganisationFacts> organisations() {
    return scope.organisations().stream().filter(MissionOrganisation::comanages).map(MissionOrganisation::organisation).toList();
  }

  /** A funder's budget cycle in a few words: its fiscal year and its last day to ask. */
  private String cycle(Funder funder) {
    if (funder.calendar() == null) {
      return getTranslation("funding.calendar.unknown");
    }
    return getTranslation("funding.calendar.summary", Month.of(funder.calendar().fiscalYearStart()).getDisplayName(TextStyle.FULL_STANDALONE, getLocale()),
        dayOfYear(funder.calendar().closes()));
  }

  private String dayOfYear(MonthDay day) {
    return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, getLocale());
  }

  /** The budget cycles that do not fit the needs, one sentence each, where the leaders see them first. */
  private VerticalLayout alerts(FundingService.View view, String currency) {
    VerticalLayout box = new VerticalLayout();
    box.setId("funding-alerts");
    box.setPadding(true);
    box.setSpacing(false);
    box.getStyle().set("border-inline-start", "4px solid var(--lumo-error-color)").set("background", "var(--lumo-error-color-10pct)");
    box.getElement().setAttribute("role", "region");
    box.getElement().setAttribute("aria-label", getTranslation("funding.alert.title"));
    box.add(new H3(getTranslation("funding.alert.title")));
    int digits = Math.max(0, view.plan().rates().missionCurrency().getDefaultFractionDigits());
    // a need whose rounds closed at several funders is one sentence naming them all, not one per funder
    java.util.Map<String, List<Alerts.Alert>> closed = new java.util.LinkedHashMap<>();
    List<List<Alerts.Alert>> lines = new java.util.ArrayList<>();
    for (Alerts.Alert alert : view.alerts()) {
      if (alert.kind() == Alerts.Kind.BUDGET_CLOSED) {
        List<Alerts.Alert> group = closed.get(alert.initiativeId() + "/" + alert.year());
        if (group == null) {
          group = new java.util.ArrayList<>();
          closed.put(alert.initiativeId() + "/" + alert.year(), group);
          lines.add(group);
        }
        group.add(alert);
      } else {
        lines.add(List.of(alert));
      }
    }
    for (int n = 0; n < lines.size(); n++) {
      List<Alerts.Alert> group = lines.get(n);
      Alerts.Alert alert = group.get(0);
      String amount = view.shows(alert) ? format(alert.amount(), digits) + " " + currency : getTranslation("funding.flow.confidentialHidden");
      String title = title(view.initiatives(), alert.initiativeId());
      String text;
      if (group.size() == 1) {
        text = getTranslation("funding.alert." + alert.kind().name(), title, funderName(view, alert), alert.fiscalYear() == null ? "" : alert.fiscalYear(), date(alert.day()),
            amount, Integer.toString(alert.year()));
      } else {
        text = getTranslation("funding.alert.BUDGET_CLOSED_MANY", title, amount, Integer.toString(alert.year()), String.join(", ", group.stream()
            .map(a -> getTranslation("funding.alert.closedAt", funderName(view, a), a.fiscalYear(), date(a.day()))).toList()));
      }
      Paragraph line = new Paragraph(text);
      line.setId("funding-alert-" + n);
      line.getStyle().set("margin", "var(--lumo-space-xs) 0");
      box.add(line);
    }
    return box;
  }

  private static String funderName(FundingService.View view, Alerts.Alert alert) {
    return view.plan().funder(alert.funderId()).map(Funder::name).orElse("");
  }

  /** "When must we ask": each funder's coming budget days for the years still needed. */
  private com.vaadin.flow.component.Component deadlines(FundingService.View view) {
    if (view.deadlines().isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("funding.deadline.none"));
      none.setId("funding-deadlines-none");
      return none;
    }
    Grid<Alerts.Deadline> grid = new Grid<>(Alerts.Deadline.class, false);
    grid.setId("funding-deadlines");
    grid.addColumn(d -> date(d.day())).setHeader(getTranslation("funding.deadline.day")).setAutoWidth(true);
    grid.addColumn(d -> view.plan().funder(d.funderId()).map(Funder::name).orElse("")).setHeader(getTranslation("funding.funder.name")).setAutoWidth(true);
    grid.addColumn(d -> getTranslation("funding.deadline." + d.kind().name(), d.fiscalYear())).setHeader(getTranslation("funding.deadline.what")).setAutoWidth(true);
    grid.addColumn(d -> String.join(", ", d.initiatives().stream().map(i -> title(view.initiatives(), i)).toList()))
        .setHeader(getTranslation("funding.deadline.initiatives")).setFlexGrow(1);
    grid.setItems(view.deadlines());
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    return grid;
  }

  private String date(LocalDate day) {
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
  }

  private Grid<Gap> gaps(FundingService.View view) {
    Grid<Gap> grid = new Grid<>(Gap.class, false);
    grid.setId("funding-gaps");
    grid.addColumn(g -> title(view.initiatives(), g.initiativeId())).setHeader(getTranslation("funding.gap.initiative")).setFlexGrow(1).setWidth("14rem");
    int digits = Math.max(0, view.plan().rates().missionCurrency().getDefaultFractionDigits());
    amount(grid, Gap::needed, "funding.stage.NEED", digits);
    amount(grid, Gap::pledged, "funding.stage.PLEDGE", digits);
    amount(grid, Gap::committed, "funding.stage.COMMITMENT", digits);
    amount(grid, Gap::disbursed, "funding.stage.DISBURSEMENT", digits);
    amount(grid, Gap::spent, "funding.stage.EXPENDITURE", digits);
    amount(grid, Gap::uncommitted, "funding.gap.uncommitted", digits);
    grid.setItems(view.gaps());
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    return grid;
  }

  private Grid<Flow> flows(FundingService.View view) {
    Grid<Flow> grid = new Grid<>(Flow.class, false);
    grid.setId("funding-flows");
    grid.addColumn(Flow::date).setHeader(getTranslation("funding.flow.date")).setAutoWidth(true);
    grid.addColumn(f -> view.plan().funder(f.funderId()).map(Funder::name).orElse("")).setHeader(getTranslation("funding.funder.name")).setAutoWidth(true);
    grid.addColumn(f -> title(view.initiatives(), f.initiativeId())).setHeader(getTranslation("funding.gap.initiative")).setFlexGrow(1);
    grid.addColumn(f -> getTranslation("funding.stage." + f.stage().name()) + (f.conditional() ? " · " + getTranslation("funding.flow.conditional") : "")
        + (f.expires() == null ? "" : " · " + getTranslation("funding.flow.expiresOn", f.expires()))).setHeader(getTranslation("funding.flow.stage")).setAutoWidth(true);
    grid.addColumn(f -> view.shows(f) ? format(f.money().amount(), Math.max(0, f.money().currency().getDefaultFractionDigits())) + " " + f.money().code()
        + (f.confidential() ? " · " + getTranslation("funding.flow.confidentialShort") : "") : getTranslation("funding.flow.confidentialHidden"))
        .setHeader(getTranslation("funding.amount")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
    // the money a caller may record, a caller may change or remove: the funder organisation's own, or any for the leaders
    List<Funder> recordable = view.plan().funders().stream().filter(f -> funding.access().mayRecord(f)).toList();
    if (!recordable.isEmpty()) {
      String currency = view.plan().rates().missionCurrency().getCurrencyCode();
      grid.addComponentColumn(f -> {
        if (recordable.stream().noneMatch(r -> r.id().equals(f.funderId())) || !view.shows(f)) {
          return new com.vaadin.flow.component.html.Span();
        }
        Button edit = new Button(getTranslation("funding.funder.editAction"),
            click -> new FlowDialog(funding, recordable, view.initiatives(), currency, LocalDate.now(clock), f, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("funding.flow.edit") + ": " + f.date() + ", " + f.money().amount().toPlainString() + " " + f.money().code());
        edit.setId("funding-flow-edit-" + view.plan().flows().indexOf(f));
        return edit;
      }).setAutoWidth(true).setFlexGrow(0);
    }
    // each flow is discussed with the platform's comments (contract 1.10.0)
    Map<String, Long> comments = scope.discussions().counts("flow");
    grid.addComponentColumn(f -> {
      Button discuss = org.missionhub.plugin.support.ui.CommentsButton.of(scope, "flow", f.id(), getTranslation("funding.comments", comments.getOrDefault(f.id(), 0L)),
          view.plan().funder(f.funderId()).map(Funder::name).orElse("") + ", " + f.date(), this::refresh);
      discuss.setId("funding-flow-comments-" + view.plan().flows().indexOf(f));
      return discuss;
    }).setHeader(getTranslation("funding.discussion.header")).setAutoWidth(true).setFlexGrow(0);
    grid.setItems(view.plan().flows());
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    return grid;
  }

  /** An amount column, right-aligned and written as the reader's language writes numbers, to the currency's minor units. */
  private void amount(Grid<Gap> grid, Function<Gap, BigDecimal> value, String header, int digits) {
    grid.addColumn(g -> format(value.apply(g), digits)).setHeader(getTranslation(header)).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
  }

  private String format(BigDecimal value, int digits) {
    return Amounts.format(value, digits, getLocale());
  }

  private static String title(List<PortfolioInitiative> initiatives, String id) {
    return initiatives.stream().filter(i -> i.id().equals(id)).map(PortfolioInitiative::title).findFirst().orElse(id);
  }

  private Button button(String id, String key, boolean primary, Runnable open) {
    Button button = new Button(getTranslation(key), click -> open.run());
    button.setId(id);
    if (primary) {
      button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
    return button;
  }
}
