package org.missionhub.ui.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.shared.Registration;
import org.missionhub.ui.live.LiveNotices;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.missionhub.core.notice.NoticeService;
import org.missionhub.ui.views.notices.NoticesView;
import jakarta.inject.Inject;
import org.missionhub.api.plugin.OrganisationPage;
import org.missionhub.api.plugin.PlatformPage;
import org.missionhub.core.organisation.application.MeService;
import org.missionhub.core.plugin.PluginRuntime;
import org.missionhub.core.plugin.application.OrganisationPluginService;
import org.missionhub.ui.components.Formats;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.LanguageSelect;
import org.missionhub.core.mail.application.MailSettingsService;
import org.missionhub.ui.plugins.Contributed;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.security.SignOut;
import org.missionhub.ui.views.feeds.FeedsView;
import org.missionhub.ui.views.organisation.MembersView;
import org.missionhub.ui.views.organisation.OrganisationProfileView;
import org.missionhub.ui.views.organisation.PluginsView;
import org.missionhub.ui.views.platform.PlatformView;
import org.missionhub.ui.views.workspace.WorkspaceView;

/**
 * The frame of every page of a signed-in person: who they are, the organisation they work in, switching
 * organisation (people in several), navigation offered by role, signing out. Pages for signed-in people
 * only send anybody else to sign in.
 */
@StyleSheet("context://styles/missionhub.css")
public class MainLayout extends AppLayout implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;

  /** Session attribute: when this session last noted the person's visit. */
  private static final String VISIT_NOTED = MainLayout.class.getName() + "#visitNoted";

  private final transient CurrentUser user;
  private final transient MeService me;
  private final transient OrganisationPluginService plugins;
  private final transient PluginRuntime runtime;
  private final SignOut signOut;
  private final transient NoticeService notices;
  private final transient MailSettingsService mailSettings;
  private final transient org.missionhub.core.activity.application.PersonalFeed feed;
  private final transient LiveNotices liveNotices;
  private final Button bell = new Button(new Icon(VaadinIcon.BELL), click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(NoticesView.class)));
  private transient Registration ringing;

  @Inject
  public MainLayout(CurrentUser user, MeService me, OrganisationPluginService plugins, PluginRuntime runtime, SignOut signOut, NoticeService notices,
      MailSettingsService mailSettings, org.missionhub.core.activity.application.PersonalFeed feed, LiveNotices liveNotices) {
    this.user = user;
    this.liveNotices = liveNotices;
    this.feed = feed;
    this.mailSettings = mailSettings;
    this.notices = notices;
    this.signOut = signOut;
    this.me = me;
    this.plugins = plugins;
    this.runtime = runtime;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!user.signedIn()) {
      event.getUI().getPage().setLocation("sign-in?next=" + event.getLocation().getPath());
      event.forwardTo(WelcomeView.class);
      return;
    }
    build();
    Formats.rememberZone(event.getUI());
    if (ringing == null) {
      // a new notice counts at once on every open page of the person (Push), not at their next click
      ringing = liveNotices.watch(event.getUI(), user.caller(), user.organisation().map(o -> o.slug()).orElse(null), this::countUnread);
    }
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    if (ringing != null) {
      ringing.remove();
      ringing = null;
    }
    super.onDetach(detach);
  }

  private void build() {
    getElement().removeAllChildren();
    Span brand = new Span(getTranslation("app.name"));
    brand.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
    Span organisation =
        new Span(
            user.organisation()
                .map(o -> o.slug() + " · " + getTranslation("workspace.role." + o.role().name()))
                .orElse(""));
    organisation.setId("current-organisation");
    Span person = new Span(user.caller().displayName());
    person.setId("current-person");
    HorizontalLayout header = new HorizontalLayout(brand, organisation);
    header.setAlignItems(FlexComponent.Alignment.BASELINE);
    header.setWidthFull();
    header.expand(organisation);
    header.getStyle().set("padding", "0 var(--lumo-space-m)");
    var switchable = me.switchable();
    if (switchable.size() > 1) {
      MenuBar switcher = new MenuBar();
      switcher.setId("switch-organisation");
      switcher.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
      SubMenu organisations = switcher.addItem(getTranslation("nav.switch")).getSubMenu();
      String current = user.organisation().map(o -> o.slug()).orElse("");
      for (var other : switchable) {
        if (!other.slug().equals(current)) {
          organisations
              .addItem(other.name(), click -> click.getSource().getUI().ifPresent(ui -> signOut.switchTo(ui, other.slug())))
              .setId("switch-to-" + other.slug());
        }
      }
      header.add(switcher);
    }
    Button signOutButton = new Button(getTranslation("nav.signOut"), click -> click.getSource().getUI().ifPresent(signOut::signOut));
    signOutButton.setId("sign-out");
    signOutButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    header.add(bell(), new LanguageSelect(language -> Feedback.attempt(() -> mailSettings.readsIn(language))), person, signOutButton);
    addToNavbar(header);

    SideNav nav = new SideNav();
    nav.addItem(navItem("nav-workspace", getTranslation("nav.workspace"), WorkspaceView.class));
    if (user.isOrganisationAdmin()) {
      nav.addItem(navItem("nav-organisation", getTranslation("nav.organisation"), OrganisationProfileView.class));
      nav.addItem(navItem("nav-members", getTranslation("nav.members"), MembersView.class));
      nav.addItem(navItem("nav-plugins", getTranslation("nav.plugins"), PluginsView.class));
      nav.addItem(navItem("nav-audit", getTranslation("nav.audit"), org.missionhub.ui.views.organisation.AuditLogView.class));
      nav.addItem(navItem("nav-webhooks", getTranslation("nav.webhooks"), org.missionhub.ui.views.organisation.WebhooksView.class));
    }
    if (user.organisation().isPresent()) {
      nav.addItem(navItem("nav-for-you", getTranslation("nav.forYou"), org.missionhub.ui.views.foryou.ForYouView.class));
      nav.addItem(navItem("nav-activity", getTranslation("nav.activity"), org.missionhub.ui.views.activity.OrganisationActivityView.class));
    }
    if (user.organisation().isPresent() || user.hasPlatformRole("BENCHMARK_ANALYST")) {
      nav.addItem(navItem("nav-workshops", getTranslation("nav.workshops"), org.missionhub.ui.views.workshop.WorkshopsView.class));
    }
    if (user.organisation().isPresent()) {
      noteVisit();
      addPluginPages(nav);
      nav.addItem(navItem("nav-feeds", getTranslation("nav.feeds"), FeedsView.class));
    }
    addPlatformPages(nav);
    if (user.isPlatformAdmin()) {
      nav.addItem(navItem("nav-platform", getTranslation("nav.platform"), PlatformView.class));
    }
    addToDrawer(nav);
  }

  /**
   * "Since your last visit" counts from when the person was last here (written at most once a minute). Two tabs
   * noting the same moment collide in the database; the page never fails for that.
   */
  private void noteVisit() {
    // every page builds the layout: ask the database at most once a minute per session, as the visit is written
    var session = com.vaadin.flow.server.VaadinSession.getCurrent();
    java.time.Instant last = session == null ? null : (java.time.Instant) session.getAttribute(VISIT_NOTED);
    java.time.Instant now = java.time.Instant.now();
    if (last != null && last.isAfter(now.minus(org.missionhub.core.activity.domain.PersonVisit.NOTED_EVERY))) {
      return;
    }
    try {
      feed.seen();
      if (session != null) {
        session.setAttribute(VISIT_NOTED, now);
      }
    } catch (RuntimeException e) {
      java.util.logging.Logger.getLogger(MainLayout.class.getName()).fine(() -> "Visit not noted: " + e);
    }
  }


  /** The bell: how many notices are unread, leading to them. */
  private Button bell() {
    bell.setId("notices-bell");
    bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    countUnread();
    return bell;
  }

  /** Counts the unread notices again, on the bell. */
  private void countUnread() {
    long unread = notices.unreadCount();
    bell.setAriaLabel(getTranslation("notices.bell", Long.toString(unread)));
    bell.setTooltipText(getTranslation("notices.bell", Long.toString(unread)));
    if (unread > 0) {
      Span count = new Span(unread > 99 ? "99+" : Long.toString(unread));
      count.setId("notices-unread");
      count.getElement().getThemeList().add("badge error small pill");
      bell.setSuffixComponent(count);
    } else {
      bell.setSuffixComponent(null);
    }
  }

  /** Menu entries for the pages of the plugins the organisation enabled, in their order. */
  private void addPluginPages(SideNav nav) {
    for (Contributed<OrganisationPage> contributed : Contributed.of(plugins.enabled(), OrganisationPage.class)) {
      OrganisationPage page = contributed.contribution();
      String pluginId = contributed.plugin().id();
      if (page.adminOnly() && !user.isOrganisationAdmin()) {
        continue;
      }
      SideNavItem item = new SideNavItem(page.title().in(getLocale()), "organisation/plugin/" + pluginId + "/" + page.id());
      item.setId("nav-plugin-" + pluginId + "-" + page.id());
      if (page.icon() != null) {
        item.setPrefixComponent(new Icon(page.icon()));
      }
      nav.addItem(item);
    }
  }

  /** Menu entries for the plugins' platform pages whose role the person holds, whichever organisation they work in. */
  private void addPlatformPages(SideNav nav) {
    for (Contributed<PlatformPage> contributed : Contributed.of(runtime.active(), PlatformPage.class)) {
      PlatformPage page = contributed.contribution();
      if (!user.hasPlatformRole(page.platformRole())) {
        continue;
      }
      String pluginId = contributed.plugin().id();
      SideNavItem item = new SideNavItem(page.title().in(getLocale()), "platform/plugin/" + pluginId + "/" + page.id());
      item.setId("nav-platform-plugin-" + pluginId + "-" + page.id());
      if (page.icon() != null) {
        item.setPrefixComponent(new Icon(page.icon()));
      }
      nav.addItem(item);
    }
  }

  private static SideNavItem navItem(
      String id, String label, Class<? extends Component> view) {
    SideNavItem item = new SideNavItem(label, view);
    item.setId(id);
    return item;
  }
}
