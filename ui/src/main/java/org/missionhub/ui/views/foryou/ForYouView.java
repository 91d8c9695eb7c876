package org.missionhub.ui.views.foryou;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.missionhub.core.activity.application.PersonalFeed;
import org.missionhub.core.governance.domain.Decision;
import org.missionhub.core.mission.domain.MissionRoleAssignment;
import org.missionhub.ui.components.Formats;
import org.missionhub.ui.live.LiveNotices;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.MainLayout;

/**
 * The person's own feed in the organisation they work in (issue 17): what others changed in their missions since
 * their last visit, the comments that mention them, and what is assigned to them (roles, decisions awaiting their
 * adoption). Each line leads to its mission.
 */
@Route(value = ForYouView.ROUTE, layout = MainLayout.class)
public class ForYouView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  public static final String ROUTE = "for-you";

  private final transient PersonalFeed feed;

  @Inject
  public ForYouView(PersonalFeed feed, CurrentUser user, LiveNotices live) {
    this.feed = feed;
    show(0);
    if (user.signedIn()) {
      // a mention, a role or a decision awaiting adoption comes with a notice: the page follows, live, on the same tab
      live.refreshOnNotice(this, user.caller(), user.organisation().map(o -> o.slug()).orElse(null), () -> show(selectedTab()));
    }
  }

  private void show(int selected) {
    removeAll();
    TabSheet tabs = new TabSheet();
    tabs.setId("for-you-tabs");
    tabs.setWidthFull();
    tabs.add(tab("for-you-tab-recent", "forYou.recent"), recent());
    tabs.add(tab("for-you-tab-mentions", "forYou.mentions"), mentions());
    tabs.add(tab("for-you-tab-assigned", "forYou.assigned"), assigned());
    tabs.setSelectedIndex(selected);
    add(new H2(getTranslation("forYou.title")), tabs);
  }

  private int selectedTab() {
    return getChildren().filter(TabSheet.class::isInstance).map(TabSheet.class::cast).findFirst().map(TabSheet::getSelectedIndex).orElse(0);
  }

  private com.vaadin.flow.component.tabs.Tab tab(String id, String key) {
    com.vaadin.flow.component.tabs.Tab tab = new com.vaadin.flow.component.tabs.Tab(getTranslation(key));
    tab.setId(id);
    return tab;
  }

  private Component recent() {
    PersonalFeed.Recent recent = feed.sinceLastVisit(Optional.empty());
    Grid<PersonalFeed.Change> grid = grid("for-you-recent");
    grid.addColumn(c -> Formats.dateTime(c.item().occurredAt(), getLocale())).setHeader(getTranslation("forYou.when")).setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(c -> missionLink(c.missionId().toString(), c.missionTitle())).setHeader(getTranslation("forYou.mission"));
    grid.addColumn(c -> c.item().actorName()).setHeader(getTranslation("forYou.who")).setAutoWidth(true);
    grid.addColumn(c -> c.item().action() + (c.item().attributes().isEmpty() ? "" : " (" + String.join(", ", c.item().attributes()) + ")"))
        .setHeader(getTranslation("forYou.what")).setFlexGrow(2);
    grid.setItems(recent.changes());
    return section(new Paragraph(getTranslation("forYou.since", Formats.dateTime(recent.since(), getLocale()))), grid, recent.changes().isEmpty(), "forYou.recentNone");
  }

  private Component mentions() {
    List<PersonalFeed.Mention> mentions = feed.mentions();
    Grid<PersonalFeed.Mention> grid = grid("for-you-mentions");
    grid.addColumn(m -> Formats.dateTime(m.comment().createdAt(), getLocale())).setHeader(getTranslation("forYou.when")).setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(m -> missionLink(m.comment().mission().id().toString(), m.missionTitle())).setHeader(getTranslation("forYou.mission"));
    grid.addColumn(m -> m.comment().author().displayName()).setHeader(getTranslation("forYou.who")).setAutoWidth(true);
    grid.addColumn(m -> m.comment().body().length() <= 160 ? m.comment().body() : m.comment().body().substring(0, 159) + "…").setHeader(getTranslation("forYou.comment")).setFlexGrow(2);
    grid.setItems(mentions);
    return section(null, grid, mentions.isEmpty(), "forYou.mentionsNone");
  }

  private Component assigned() {
    PersonalFeed.Assigned assigned = feed.assigned();
    Grid<Decision> decisions = grid("for-you-decisions");
    decisions.addComponentColumn(d -> missionLink(d.mission().id().toString(), d.mission().title())).setHeader(getTranslation("forYou.mission"));
    decisions.addColumn(Decision::title).setHeader(getTranslation("forYou.decision")).setFlexGrow(2);
    decisions.addColumn(d -> Formats.dateTime(d.createdAt(), getLocale())).setHeader(getTranslation("forYou.proposed")).setAutoWidth(true);
    decisions.setItems(assigned.awaitingAdoption());
    Grid<MissionRoleAssignment> roles = grid("for-you-roles");
    roles.addComponentColumn(r -> missionLink(r.mission().id().toString(), r.mission().title())).setHeader(getTranslation("forYou.mission"));
    roles.addColumn(r -> getTranslation("role." + r.role().name())).setHeader(getTranslation("forYou.role")).setAutoWidth(true);
    roles.addColumn(r -> Formats.dateTime(r.assignedAt(), getLocale())).setHeader(getTranslation("forYou.since.column")).setAutoWidth(true);
    roles.setItems(assigned.roles());
    VerticalLayout layout = new VerticalLayout(new H3(getTranslation("forYou.awaiting")));
    layout.setPadding(false);
    layout.add(assigned.awaitingAdoption().isEmpty() ? new Paragraph(getTranslation("forYou.awaitingNone")) : decisions);
    layout.add(new H3(getTranslation("forYou.roles")), assigned.roles().isEmpty() ? new Paragraph(getTranslation("forYou.rolesNone")) : roles);
    return layout;
  }

  private static <T> Grid<T> grid(String id) {
    Grid<T> grid = new Grid<>();
    grid.setId(id);
    grid.setAllRowsVisible(true);
    return grid;
  }

  private VerticalLayout section(Component intro, Component grid, boolean empty, String noneKey) {
    VerticalLayout layout = new VerticalLayout();
    layout.setPadding(false);
    if (intro != null) {
      layout.add(intro);
    }
    layout.add(empty ? new Paragraph(getTranslation(noneKey)) : grid);
    return layout;
  }

  private Span missionLink(String missionId, String title) {
    Span link = new Span(title);
    link.getElement().setAttribute("role", "link").setAttribute("tabindex", "0");
    link.getStyle().set("color", "var(--lumo-primary-text-color)").set("cursor", "pointer");
    link.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("missions/" + missionId)));
    com.vaadin.flow.component.Shortcuts.addShortcutListener(link, () -> getUI().ifPresent(ui -> ui.navigate("missions/" + missionId)), com.vaadin.flow.component.Key.ENTER)
        .listenOn(link);
    return link;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("forYou.title") + " · " + getTranslation("app.name");
  }
}
