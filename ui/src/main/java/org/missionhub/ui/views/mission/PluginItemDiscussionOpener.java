package org.missionhub.ui.views.mission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.missionhub.core.discussion.application.DiscussionOpener;
import org.missionhub.ui.plugins.MissionContributions;
import org.missionhub.ui.security.CurrentUser;

/**
 * Opens the platform's discussion of a plugin's item over the page a plugin's view is on (contract 1.10.0,
 * {@code MissionScope.discussions().open}): the same dialog as a decision's or a risk's comments.
 */
@ApplicationScoped
public class PluginItemDiscussionOpener implements DiscussionOpener {

  @Inject CurrentUser user;
  @Inject MissionServices services;

  @Override
  public void open(String missionId, String item, String title, Runnable closed) {
    if (com.vaadin.flow.component.UI.getCurrent() == null) {
      throw new IllegalStateException("a discussion opens in the web application's pages only");
    }
    MissionContext context = new MissionContext(missionId, services.missions().get(missionId), user.organisation().orElseThrow().slug(),
        user.caller().displayName(), user.caller().subject(),
        new MissionContributions(services.plugins().enabled(), pluginId -> services.pluginScopes().mission(pluginId, missionId)));
    DiscussionDialog.open(context, services, item, title, closed == null ? () -> {} : closed);
  }
}
