package org.missionhub.ui.views.organisation;

import static org.missionhub.core.shared.JsonSupport.JSON;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionhub.core.audit.AuditEntry;
import org.missionhub.core.audit.AuditLogService;
import org.missionhub.core.audit.AuditQuery;
import org.missionhub.core.audit.rest.AuditCsv;
import org.missionhub.core.mission.application.MissionOverview;
import org.missionhub.core.mission.application.MissionService;
import org.missionhub.core.mission.persistence.MissionFilter;
import org.missionhub.core.organisation.application.MembershipService;
import org.missionhub.core.organisation.domain.Membership;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.Formats;
import org.missionhub.ui.components.PagedGrid;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.MainLayout;

/**
 * The organisation's audit log for its administrators (issue 17; until now API only): who changed what, when, in
 * which mission, filtered by person, mission, kind of change and period, newest first, and the same selection as a
 * CSV file.
 */
@Route(value = "organisation/audit", layout = MainLayout.class)
public class AuditLogView extends OrganisationAdminView implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient AuditLogService audit;
  private final transient MembershipService memberships;
  private final transient MissionService missions;

  @Inject
  public AuditLogView(CurrentUser user, AuditLogService audit, MembershipService memberships, MissionService missions) {
    super(user);
    this.audit = audit;
    this.memberships = memberships;
    this.missions = missions;
  }

  @Override
  protected void render() {
    removeAll();
    add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.help")));
    List<Membership> people = memberships.list(PageRequest.first(500, new PageRequest.SortOrder("displayName", false))).items();
    ComboBox<Membership> who = new ComboBox<>(getTranslation("audit.who"));
    who.setId("audit-who");
    who.setItems(people);
    who.setItemLabelGenerator(m -> m.person().displayName());
    who.setClearButtonVisible(true);
    List<MissionOverview> all = missions.list(new MissionFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true),
        PageRequest.first(500, new PageRequest.SortOrder("title", false))).items();
    Map<String, String> titles = all.stream().collect(Collectors.toMap(o -> o.mission().id().toString(), o -> o.mission().title(), (a, b) -> a));
    ComboBox<MissionOverview> mission = new ComboBox<>(getTranslation("audit.mission"));
    mission.setId("audit-mission");
    mission.setItems(all);
    mission.setItemLabelGenerator(o -> o.mission().title());
    mission.setClearButtonVisible(true);
    TextField what = new TextField(getTranslation("audit.what"));
    what.setId("audit-what");
    what.setHelperText(getTranslation("audit.whatHelp"));
    what.setClearButtonVisible(true);
    what.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
    DatePicker from = new DatePicker(getTranslation("audit.from"));
    from.setId("audit-from");
    DatePicker to = new DatePicker(getTranslation("audit.to"));
    to.setId("audit-to");
    HorizontalLayout filters = new HorizontalLayout(who, mission, what, from, to);
    filters.setWrap(true);
    filters.setAlignItems(Alignment.BASELINE);

    Grid<AuditEntry> grid = new Grid<>();
    grid.setId("audit-entries");
    grid.addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.who")).setAutoWidth(true);
    grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.what")).setAutoWidth(true);
    grid.addColumn(e -> e.missionId() == null ? "" : titles.getOrDefault(e.missionId(), e.missionId())).setHeader(getTranslation("audit.mission"));
    grid.addColumn(e -> summary(e.changes())).setHeader(getTranslation("audit.changes")).setFlexGrow(2);
    Function<Void, AuditQuery> query = none -> new AuditQuery(
        Optional.ofNullable(mission.getValue()).map(o -> o.mission().id().toString()),
        Optional.ofNullable(who.getValue()).map(Membership::subject),
        Optional.ofNullable(from.getValue()).map(d -> d.atStartOfDay().atOffset(ZoneOffset.UTC)),
        Optional.ofNullable(to.getValue()).map(d -> d.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)),
        Optional.ofNullable(what.getValue()).map(String::strip).filter(v -> !v.isEmpty()));
    Runnable refresh = () -> PagedGrid.bind(grid, page -> audit.list(query.apply(null), page), new PageRequest.SortOrder("occurredAt", true));
    who.addValueChangeListener(change -> refresh.run());
    mission.addValueChangeListener(change -> refresh.run());
    what.addValueChangeListener(change -> refresh.run());
    from.addValueChangeListener(change -> refresh.run());
    to.addValueChangeListener(change -> refresh.run());
    refresh.run();

    // the file is made in this round trip (the log is read as the administrator), then handed to the browser
    Anchor file = new Anchor();
    file.setId("audit-file");
    file.getElement().setAttribute("download", true);
    file.setVisible(false);
    Button download = new Button(getTranslation("audit.download"), click -> {
      byte[][] csv = new byte[1][];
      if (Feedback.attempt(() -> csv[0] = AuditCsv.of(audit, query.apply(null)))) {
        file.setHref(new StreamResource("audit-log-" + LocalDate.now(ZoneOffset.UTC) + ".csv", () -> new ByteArrayInputStream(csv[0])));
        file.setVisible(true);
        file.getElement().executeJs("this.click()");
      }
    });
    download.setId("audit-download");
    add(filters, new HorizontalLayout(download, file), grid);
  }

  /** The changed attributes as "title: A → B", for the grid (the full record is in the file and the API). */
  static String summary(String changes) {
    if (changes == null || changes.isBlank()) {
      return "";
    }
    try (var reader = JSON.createReader(new java.io.StringReader(changes))) {
      List<String> parts = new java.util.ArrayList<>();
      reader.readObject().forEach((attribute, change) -> {
        if (change instanceof jakarta.json.JsonObject c) {
          String before = value(c.get("before"));
          String after = value(c.get("after"));
          if (!before.isEmpty() || !after.isEmpty()) {
            parts.add(attribute + ": " + (before.isEmpty() ? after : before + " → " + after));
          }
        }
      });
      String summary = String.join("; ", parts);
      return summary.length() <= 200 ? summary : summary.substring(0, 199) + "…";
    } catch (RuntimeException unreadable) {
      return changes.length() <= 200 ? changes : changes.substring(0, 199) + "…";
    }
  }

  private static String value(jakarta.json.JsonValue value) {
    if (value == null || value == jakarta.json.JsonValue.NULL) {
      return "";
    }
    String text = value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }

  @Override
  public String getPageTitle() {
    return getTranslation("audit.title") + " · " + getTranslation("app.name");
  }
}
