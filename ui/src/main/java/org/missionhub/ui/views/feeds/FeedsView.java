package org.missionhub.ui.views.feeds;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.plugin.FeedDefinition;
import org.missionhub.api.plugin.FeedLevel;
import org.missionhub.core.feed.application.FeedSubscriptions;
import org.missionhub.core.feed.domain.FeedSubscription;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.application.OrganisationPluginService;
import org.missionhub.core.plugin.application.PluginFacts;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.Formats;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.MainLayout;
import org.missionhub.ui.views.workspace.WorkspaceView;

/**
 * "Calendar feeds": the feeds the organisation's plugins publish (the roadmap's milestones, for a mission or
 * for oneself), a secret address for each on request (shown once, in {@link FeedAddressDialog}), and the
 * addresses one holds, to revoke. An organisation administrator may list and revoke everyone's. A mission
 * can be chosen in advance with {@code ?mission=<id>}, as the roadmap's "Add to calendar" does.
 */
@Route(value = FeedsView.ROUTE, layout = MainLayout.class)
public class FeedsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  public static final String ROUTE = "feeds";

  private final transient CurrentUser user;
  private final transient FeedSubscriptions subscriptions;
  private final transient OrganisationPluginService plugins;
  private final transient PluginFacts facts;
  private String preselectedMission;
  private boolean everyone;

  @Inject
  public FeedsView(CurrentUser user, FeedSubscriptions subscriptions, OrganisationPluginService plugins, PluginFacts facts) {
    this.user = user;
    this.subscriptions = subscriptions;
    this.plugins = plugins;
    this.facts = facts;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("feeds.title") + " · " + getTranslation("app.name");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!user.signedIn() || user.organisation().isEmpty()) {
      event.forwardTo(WorkspaceView.class);
      return;
    }
    preselectedMission = event.getLocation().getQueryParameters().getSingleParameter("mission").orElse(null);
    render();
  }

  private void render() {
    removeAll();
    OrganisationContext organisation = user.organisation().orElseThrow();
    // archived missions still name existing subscriptions, but nobody starts following one
    List<MissionFacts> missions = facts.missions(organisation.id());
    List<MissionFacts> current = facts.currentMissions(organisation.id());
    add(new H2(getTranslation("feeds.title")), new Paragraph(getTranslation("feeds.intro")));
    boolean any = false;
    for (LoadedPlugin plugin : plugins.enabled()) {
      for (FeedDefinition feed : plugin.feeds()) {
        add(feedRow(plugin, feed, current));
        any = true;
      }
    }
    if (!any) {
      add(new Paragraph(getTranslation("feeds.none")));
    }
    add(new H3(getTranslation("feeds.yours")));
    if (user.isOrganisationAdmin()) {
      Checkbox all = new Checkbox(getTranslation("feeds.everyone"), everyone);
      all.setId("feeds-everyone");
      all.addValueChangeListener(change -> {
        everyone = change.getValue();
        render();
      });
      add(all);
    }
    add(subscriptionGrid(missions));
  }

  private HorizontalLayout feedRow(LoadedPlugin plugin, FeedDefinition feed, List<MissionFacts> missions) {
    String id = plugin.id() + "-" + feed.id();
    VerticalLayout text = new VerticalLayout(new H3(feed.title().in(getLocale())), new Paragraph(feed.description().in(getLocale())));
    text.setPadding(false);
    text.setSpacing(false);
    Button create = new Button(getTranslation("feeds.create"));
    create.setId("feed-create-" + id);
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout row = new HorizontalLayout(text);
    row.setWidthFull();
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    row.expand(text);
    if (feed.level() == FeedLevel.MISSION) {
      ComboBox<MissionFacts> mission = new ComboBox<>(getTranslation("feeds.mission"));
      mission.setId("feed-mission-" + id);
      mission.setItems(missions);
      mission.setItemLabelGenerator(MissionFacts::title);
      missions.stream().filter(m -> m.id().toString().equals(preselectedMission)).findFirst().ifPresent(mission::setValue);
      create.addClickListener(click -> {
        mission.setInvalid(mission.isEmpty());
        mission.setErrorMessage(getTranslation("feeds.missionNeeded"));
        if (!mission.isEmpty()) {
          subscribe(plugin, feed, mission.getValue().id().toString());
        }
      });
      row.add(mission);
    } else {
      create.addClickListener(click -> subscribe(plugin, feed, null));
    }
    row.add(create);
    return row;
  }

  private void subscribe(LoadedPlugin plugin, FeedDefinition feed, String missionId) {
    try {
      FeedSubscriptions.Created created = subscriptions.subscribe(plugin.id(), feed.id(), missionId);
      String slug = user.organisation().orElseThrow().slug();
      new FeedAddressDialog(FeedAddressDialog.address(slug, created), feed.title().in(getLocale())).open();
      render();
    } catch (RuntimeException e) {
      Feedback.failure(e);
    }
  }

  private Grid<FeedSubscription> subscriptionGrid(List<MissionFacts> missions) {
    Map<String, String> missionTitles = missions.stream().collect(Collectors.toMap(m -> m.id().toString(), MissionFacts::title, (a, b) -> a));
    Map<String, FeedDefinition> feeds =
        plugins.enabled().stream().flatMap(p -> p.feeds().stream().map(f -> Map.entry(p.id() + "." + f.id(), f)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    Function<FeedSubscription, String> feedTitle =
        s -> feeds.containsKey(s.pluginId() + "." + s.feedId()) ? feeds.get(s.pluginId() + "." + s.feedId()).title().in(getLocale()) : s.pluginId() + " · " + s.feedId();
    Grid<FeedSubscription> grid = new Grid<>();
    grid.setId("feed-subscriptions");
    grid.addColumn(feedTitle::apply).setHeader(getTranslation("feeds.column.feed"));
    grid.addColumn(s -> s.missionId().map(id -> missionTitles.getOrDefault(id, "—")).orElse(getTranslation("feeds.yourOwn"))).setHeader(getTranslation("feeds.column.mission"));
    if (everyone) {
      grid.addColumn(FeedSubscription::subscriberName).setHeader(getTranslation("feeds.column.subscriber"));
    }
    grid.addColumn(s -> Formats.dateTime(s.createdAt(), getLocale())).setHeader(getTranslation("feeds.column.created"));
    grid.addColumn(s -> s.lastReadAt().map(t -> Formats.dateTime(t, getLocale())).orElse(getTranslation("feeds.neverRead"))).setHeader(getTranslation("feeds.column.lastRead"));
    grid.addComponentColumn(s -> {
      Button revoke = new Button(getTranslation("feeds.revoke"), click -> confirmRevoke(s, feedTitle.apply(s)));
      revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      revoke.setAriaLabel(getTranslation("feeds.revoke") + " " + feedTitle.apply(s));
      return revoke;
    });
    grid.setItems(subscriptions.list(everyone));
    grid.setAllRowsVisible(true);
    return grid;
  }

  private void confirmRevoke(FeedSubscription subscription, String title) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setHeader(getTranslation("feeds.revokeTitle", title));
    dialog.setText(getTranslation("feeds.revokeText"));
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("feeds.cancel"));
    Button confirm = new Button(getTranslation("feeds.revoke"), click -> {
      dialog.close();
      if (Feedback.attempt(() -> subscriptions.revoke(subscription.id()))) {
        Feedback.success(getTranslation("feeds.revoked"));
        render();
      }
    });
    confirm.setId("feed-revoke-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    dialog.setConfirmButton(confirm);
    dialog.open();
  }
}
