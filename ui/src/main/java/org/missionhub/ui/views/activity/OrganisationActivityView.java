package org.missionhub.ui.views.activity;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.Optional;
import org.missionhub.core.activity.application.OrganisationActivity;
import com.vaadin.flow.shared.Registration;
import org.missionhub.ui.components.ActivityFeed;
import org.missionhub.ui.live.LiveMissions;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.MainLayout;
import org.missionhub.ui.views.mission.MissionView;

/**
 * What changed in all the organisation's missions, by whom, across their organisations, newest first (issue 17):
 * the organisation's feed, for every member. A page at a time ("Show older"), filtered by the kind of change; each
 * line leads to its mission.
 */
@Route(value = OrganisationActivityView.ROUTE, layout = MainLayout.class)
public class OrganisationActivityView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  public static final String ROUTE = "activity";

  private final transient OrganisationActivity activity;

  @Inject
  public OrganisationActivityView(OrganisationActivity activity, CurrentUser user, LiveMissions live) {
    this.activity = activity;
    setMaxWidth("80rem");
    add(new H2(getTranslation("orgActivity.title")), new Paragraph(getTranslation("orgActivity.help")));
    ActivityFeed<OrganisationActivity.Entry> feed = new ActivityFeed<>("org-activity", (before, size, action) -> {
      OrganisationActivity.Page page = this.activity.list(before, size, action, Optional.empty());
      return new ActivityFeed.Page<>(page.entries(), page.next());
    }, OrganisationActivity.Entry::item, grid -> grid.addComponentColumn(e -> new RouterLink(e.missionTitle(), MissionView.class, new RouteParameters("missionId", e.missionId())))
        .setHeader(getTranslation("forYou.mission")).setFlexGrow(1));
    add(feed);
    if (user.signedIn()) {
      // live (issue 17): a change to any mission puts what this person may see of it at the top, over Push
      var me = user.caller();
      LiveMissions.Viewer viewer = new LiveMissions.Viewer(me.subject(), me.displayName());
      String slug = user.organisation().map(o -> o.slug()).orElse(null);
      Registration[] watching = new Registration[1];
      addAttachListener(attach -> watching[0] = live.watchAnyMission(attach.getUI(), viewer, me, slug, feed::showNew));
      addDetachListener(detach -> {
        if (watching[0] != null) {
          watching[0].remove();
          watching[0] = null;
        }
      });
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("orgActivity.title") + " · " + getTranslation("app.name");
  }
}
