package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.missionhub.ui.live.LiveMissions;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.MissionTab;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;
import org.missionhub.ui.components.Badges;
import org.missionhub.ui.plugins.MissionContributions;
import org.missionhub.ui.plugins.PluginViews;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.MainLayout;
import org.missionhub.ui.views.workspace.WorkspaceView;

/**
 * One mission's workspace: its header (title, lead, phase, the person's roles) and tabs for the overview,
 * partners, people and roles, and governance. A mission the organisation neither leads nor partners is
 * "not found", exactly as the API answers 404.
 */
@Route(value = "missions/:missionId", layout = MainLayout.class)
public class MissionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient CurrentUser user;
  private final transient MissionServices services;
  private final transient LiveMissions live;
  private transient Registration watching;
  private final Span presence = new Span();
  /** Who is looking, kept for the presence line, which is also drawn outside any request (pushed). */
  private String viewer;
  private String missionId;
  private String pageTitle = "";
  private int selectedTab;

  @Inject
  public MissionView(CurrentUser user, MissionServices services, LiveMissions live) {
    this.user = user;
    this.services = services;
    this.live = live;
    presence.setId("mission-presence");
    presence.getStyle().set("color", "var(--lumo-secondary-text-color)");
    setMaxWidth("80rem");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!user.signedIn() || user.organisation().isEmpty()) {
      event.forwardTo(WorkspaceView.class);
      return;
    }
    missionId = event.getRouteParameters().get("missionId").orElse("");
    selectedTab = 0;
    render();
    watch(event.getUI());
  }

  /**
   * Learns of others' changes to the mission and of who else has it open (issue 17: live over Push).
   */
  private void watch(UI ui) {
    stopWatching();
    var me = user.caller();
    viewer = me.subject();
    watching = live.watch(missionId, ui, new LiveMissions.Viewer(me.subject(), me.displayName()), me,
        user.organisation().map(o -> o.slug()).orElse(null), this::changedBy, this::showPresence);
    showPresence();
  }

  /**
   * Someone else changed the mission: the discussions on the page show new comments at once (what is being typed
   * stays), and the Activity tab the change; the rest of the page is redrawn when the person asks (*Show the changes*), not to lose a form half
   * filled in.
   */
  private void changedBy(String name) {
    descendants(this).filter(DiscussionPanel.class::isInstance).map(DiscussionPanel.class::cast).forEach(DiscussionPanel::showNewComments);
    descendants(this).filter(org.missionhub.ui.components.ActivityFeed.class::isInstance).map(org.missionhub.ui.components.ActivityFeed.class::cast)
        .forEach(org.missionhub.ui.components.ActivityFeed::showNew);
    Notification note = new Notification();
    note.setId("live-update-note");
    note.setDuration(15000);
    note.setPosition(Notification.Position.BOTTOM_END);
    Button show = new Button(getTranslation("mission.liveShow"), click -> {
      note.close();
      render();
    });
    show.setId("live-show-changes");
    show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    HorizontalLayout content = new HorizontalLayout(new Span(getTranslation("mission.liveChanged", name)), show);
    content.setAlignItems(FlexComponent.Alignment.BASELINE);
    note.add(content);
    note.open();
  }

  private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component root) {
    return root.getChildren().flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), descendants(c)));
  }

  private void showPresence() {
    List<LiveMissions.Viewer> others = live.others(missionId, viewer);
    // (never hidden: Vaadin does not send a hidden element's changes, and an empty line takes no room)
    presence.setText(others.isEmpty() ? "" : getTranslation("mission.presence", others.stream().map(LiveMissions.Viewer::name).collect(Collectors.joining(", "))));
  }

  private void stopWatching() {
    if (watching != null) {
      watching.remove();
      watching = null;
    }
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    stopWatching();
    super.onDetach(detach);
  }

  /** Reads the mission again and redraws everything, staying on the same tab. */
  void render() {
    removeAll();
    MissionContext context;
    try {
      context =
          new MissionContext(
              missionId,
              services.missions().get(missionId),
              user.organisation().orElseThrow().slug(),
              user.caller().displayName(),
              user.caller().subject(),
              new MissionContributions(services.plugins().enabled(), pluginId -> services.pluginScopes().mission(pluginId, missionId)));
    } catch (ApplicationException e) {
      if (e.kind() != ProblemKind.NOT_FOUND) {
        throw e;
      }
      notFound();
      return;
    }
    pageTitle = context.mission().title();
    add(header(context));
    TabSheet tabs = new TabSheet();
    tabs.setId("mission-tabs");
    tabs.setWidthFull();
    OverviewTab overview = new OverviewTab(context, services, this::render);
    tabs.add(tab("tab-overview", "mission.tab.overview"), overview);
    tabs.add(tab("tab-partners", "mission.tab.partners"), new PartnersTab(context, services, this::render));
    tabs.add(tab("tab-people", "mission.tab.people"), new PeopleTab(context, services, this::render));
    tabs.add(tab("tab-governance", "mission.tab.governance"), new GovernanceTab(context, services, this::render));
    tabs.add(tab("tab-workshops", "mission.tab.workshops"), new WorkshopsTab(context, services));
    tabs.add(tab("tab-activity", "mission.tab.activity"), new ActivityTab(context, services));
    addPluginTabs(tabs, context);
    tabs.setSelectedIndex(selectedTab);
    tabs.addSelectedChangeListener(change -> {
      selectedTab = tabs.getSelectedIndex();
      if (change.getSelectedTab() != null && "tab-overview".equals(change.getSelectedTab().getId().orElse(null))) {
        overview.refresh();
      }
    });
    add(tabs);
    getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
  }

  /** The mission tabs of the plugins the organisation enabled, in their order, where the person may see them. */
  private void addPluginTabs(TabSheet tabs, MissionContext context) {
    for (MissionContributions.Visible<MissionTab> visible : context.plugins().tabs()) {
      Tab tab = new Tab(visible.contribution().title().in(getLocale()));
      tab.setId("tab-plugin-" + visible.plugin().id() + "-" + visible.contribution().id());
      tabs.add(tab, PluginViews.create(visible.plugin(), visible.contribution().viewClass(), visible.scope(), MissionScope.class, getTranslation("plugins.viewFailed")));
    }
  }

  private Tab tab(String id, String key) {
    Tab tab = new Tab(getTranslation(key));
    tab.setId(id);
    return tab;
  }

  private VerticalLayout header(MissionContext context) {
    var mission = context.mission();
    H2 title = new H2(mission.title());
    title.setId("mission-title");
    Span phase = Badges.of(getTranslation("phase." + mission.phase().name()), "");
    phase.setId("mission-phase");
    HorizontalLayout badges = new HorizontalLayout(phase);
    if (mission.isArchived()) {
      Span archived = Badges.of(getTranslation("mission.archived"), "contrast");
      archived.setId("mission-archived");
      badges.add(archived);
    }
    badges.setAlignItems(FlexComponent.Alignment.CENTER);
    String roles =
        context.access().roles().isEmpty()
            ? getTranslation("mission.noRoles")
            : context.access().roles().stream().map(r -> getTranslation("role." + r.name())).sorted().collect(Collectors.joining(", "));
    Paragraph lead = new Paragraph(getTranslation("mission.ledBy", mission.lead().name()) + " · " + getTranslation("mission.yourRoles", roles));
    lead.setId("mission-lead");
    VerticalLayout header = new VerticalLayout(title, badges, lead, presence);
    header.setPadding(false);
    header.setSpacing(false);
    return header;
  }

  private void notFound() {
    pageTitle = getTranslation("mission.notFound.title");
    Paragraph message = new Paragraph(getTranslation("mission.notFound"));
    message.setId("mission-not-found");
    add(new H2(pageTitle), message, new RouterLink(getTranslation("mission.backToWorkspace"), WorkspaceView.class));
  }

  @Override
  public String getPageTitle() {
    return pageTitle + " · " + getTranslation("app.name");
  }
}
